package vn.hcc.bot.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.dossier.DossierLookup;
import vn.hcc.bot.core.handoff.HandoffRecord;
import vn.hcc.bot.core.handoff.InMemoryHandoffSink;
import vn.hcc.bot.core.handoff.StaffDirectory;
import vn.hcc.bot.core.handoff.StaffNotifier;
import vn.hcc.bot.core.log.InMemoryQuestionLog;
import vn.hcc.bot.core.store.InMemoryConversationStore;
import vn.hcc.bot.core.testing.ConversationScript;
import vn.hcc.bot.core.testing.FakeFaqLookup;
import vn.hcc.bot.core.ticket.InMemoryTicketStore;
import vn.hcc.bot.core.ticket.Ticket;

/** An engine over the sample knowledge base with every store in memory and inspectable. */
final class EngineFixture {
  static final ConversationKey STAFF_KEY = new ConversationKey("telegram", "staff-1");

  final FakeFaqLookup lookup = FakeFaqLookup.sample();
  final InMemoryQuestionLog log = new InMemoryQuestionLog();
  final InMemoryConversationStore store = new InMemoryConversationStore();
  final InMemoryTicketStore tickets = new InMemoryTicketStore();
  final InMemoryHandoffSink handoffs = new InMemoryHandoffSink();
  final List<HandoffRecord> notifiedHandoffs = new ArrayList<>();
  final List<Ticket> notifiedTickets = new ArrayList<>();
  final DefaultConversationEngine engine;
  private int users;

  EngineFixture() {
    this(null);
  }

  EngineFixture(DossierLookup dossiers) {
    StaffNotifier notifier = new StaffNotifier() {
      @Override
      public void handoffRequested(HandoffRecord handoff) {
        notifiedHandoffs.add(handoff);
      }

      @Override
      public void ticketCreated(Ticket ticket) {
        notifiedTickets.add(ticket);
      }
    };
    engine = DefaultConversationEngine.builder()
        .lookup(lookup).log(log).store(store).tickets(tickets).handoffs(handoffs)
        .staffNotifier(notifier).staff(StaffDirectory.of(Set.of(STAFF_KEY)))
        .dossiers(dossiers).settings(EngineSettings.defaults().withSalt("test-salt"))
        .build();
  }

  /** A script for a new user who has already seen the privacy notice. */
  ConversationScript citizen() {
    ConversationScript script = newcomer();
    script.user("chào");
    return script;
  }

  /** A script for a user who has never written before. */
  ConversationScript newcomer() {
    return ConversationScript.with(engine).as("web", "citizen-" + (++users));
  }

  ConversationScript staff() {
    ConversationScript script = ConversationScript.with(engine).as(STAFF_KEY.channel(), STAFF_KEY.userId());
    script.user("chào");
    return script;
  }
}
