package vn.hcc.bot.core.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.hcc.bot.core.ConversationStore;
import vn.hcc.bot.core.FaqLookup;
import vn.hcc.bot.core.dossier.DossierLookup;
import vn.hcc.bot.core.handoff.HandoffSink;
import vn.hcc.bot.core.handoff.InMemoryHandoffSink;
import vn.hcc.bot.core.handoff.StaffDirectory;
import vn.hcc.bot.core.handoff.StaffNotifier;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.privacy.PersonalDataEraser;
import vn.hcc.bot.core.privacy.PersonalDataMasker;
import vn.hcc.bot.core.store.Deduplicator;
import vn.hcc.bot.core.store.InMemoryConversationStore;
import vn.hcc.bot.core.store.InMemoryDeduplicator;
import vn.hcc.bot.core.ticket.InMemoryTicketStore;
import vn.hcc.bot.core.ticket.TicketStore;

/**
 * Builds a {@link DefaultConversationEngine}. {@code lookup} and {@code log} are required; the rest
 * default to single-instance in-memory parts, no staff, no staff notification and no dossier system.
 * Stores that implement {@link PersonalDataEraser} take part in "/xoadulieu" automatically.
 */
public final class EngineBuilder {
  private FaqLookup lookup;
  private QuestionLog log;
  private EngineSettings settings = EngineSettings.defaults();
  private ConversationStore store;
  private Deduplicator deduplicator;
  private HandoffSink handoffs;
  private StaffNotifier notifier = StaffNotifier.NONE;
  private StaffDirectory staff = StaffDirectory.NONE;
  private TicketStore tickets;
  private DossierLookup dossiers;
  private Clock clock = Clock.systemUTC();
  private final List<PersonalDataEraser> extraErasers = new ArrayList<>();

  EngineBuilder() {}

  public EngineBuilder lookup(FaqLookup lookup) {
    this.lookup = lookup;
    return this;
  }

  public EngineBuilder log(QuestionLog log) {
    this.log = log;
    return this;
  }

  public EngineBuilder settings(EngineSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  public EngineBuilder store(ConversationStore store) {
    this.store = store;
    return this;
  }

  public EngineBuilder deduplicator(Deduplicator deduplicator) {
    this.deduplicator = deduplicator;
    return this;
  }

  public EngineBuilder handoffs(HandoffSink handoffs) {
    this.handoffs = handoffs;
    return this;
  }

  public EngineBuilder staffNotifier(StaffNotifier notifier) {
    this.notifier = notifier == null ? StaffNotifier.NONE : notifier;
    return this;
  }

  public EngineBuilder staff(StaffDirectory staff) {
    this.staff = staff == null ? StaffDirectory.NONE : staff;
    return this;
  }

  public EngineBuilder tickets(TicketStore tickets) {
    this.tickets = tickets;
    return this;
  }

  /** The dossier system; leave unset (or null) and the bot explains how to look a dossier up. */
  public EngineBuilder dossiers(DossierLookup dossiers) {
    this.dossiers = dossiers;
    return this;
  }

  public EngineBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Another store that must forget a user on "/xoadulieu". */
  public EngineBuilder eraser(PersonalDataEraser eraser) {
    extraErasers.add(Objects.requireNonNull(eraser, "eraser"));
    return this;
  }

  public DefaultConversationEngine build() {
    if (lookup == null) {
      throw new IllegalStateException("lookup must be set: the engine answers from a FaqLookup");
    }
    if (log == null) {
      throw new IllegalStateException(
          "log must be set: every turn is written to a QuestionLog (e.g. JsonLinesQuestionLog)");
    }
    ConversationStore s = store != null ? store : new InMemoryConversationStore(clock);
    Deduplicator d = deduplicator != null ? deduplicator : new InMemoryDeduplicator(clock);
    HandoffSink h = handoffs != null ? handoffs : new InMemoryHandoffSink();
    TicketStore t = tickets != null ? tickets : new InMemoryTicketStore(clock, settings.zone());
    List<PersonalDataEraser> erasers = new ArrayList<>();
    for (Object part : List.of(log, s, h, t)) {
      if (part instanceof PersonalDataEraser e) {
        erasers.add(e);
      }
    }
    erasers.addAll(extraErasers);
    Services services = new Services(lookup, new Messages(settings), settings, s, d, h, notifier,
        t, dossiers, List.copyOf(erasers), new PersonalDataMasker(), clock);
    return new DefaultConversationEngine(services, log, staff);
  }
}
