package vn.hcc.bot.app.admin.tickets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.privacy.PersonalDataEraser;
import vn.hcc.bot.core.ticket.Ticket;
import vn.hcc.bot.core.ticket.TicketStatus;
import vn.hcc.bot.core.ticket.TicketStore;

/**
 * A persistent ticket store with what the console needs on top of the engine's interface. The
 * engine's methods are implemented here once over {@link #save}, {@link #record} and
 * {@link #nextNumber}.
 */
public abstract class AdminTicketStore implements TicketStore, PersonalDataEraser {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  protected final Clock clock;
  protected final ZoneId zone;

  protected AdminTicketStore(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** All tickets, newest first. */
  public abstract List<TicketRecord> records();

  public abstract Optional<TicketRecord> record(String number);

  public abstract void save(TicketRecord record);

  /** The next number of the day's sequence, unique across restarts (and replicas with Redis). */
  protected abstract int nextSequence(LocalDate day);

  @Override
  public Ticket create(String channel, String userHash, String content, String contact) {
    return create(channel, null, userHash, content, contact);
  }

  @Override
  public Ticket create(ConversationKey key, String userHash, String content, String contact) {
    return create(key.channel(), key.userId(), userHash, content, contact);
  }

  private Ticket create(String channel, String userId, String userHash, String content, String contact) {
    var now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, zone);
    String number = String.format("PA-%s-%04d", DAY.format(day), nextSequence(day));
    var t = new Ticket(number, channel, userHash, content, contact, TicketStatus.NEW, now, userId);
    save(TicketRecord.of(t));
    return t;
  }

  @Override
  public Optional<Ticket> find(String number) {
    return record(number).map(TicketRecord::ticket);
  }

  @Override
  public List<Ticket> list() {
    return records().stream().map(TicketRecord::ticket).toList();
  }

  @Override
  public synchronized Optional<Ticket> updateStatus(String number, TicketStatus status) {
    return record(number).map(r -> {
      var changed = r.withTicket(r.ticket().withStatus(status));
      save(changed);
      return changed.ticket();
    });
  }

  /** Keeps the feedback for officers but forgets who sent it and how to reach them. */
  @Override
  public synchronized void erase(ConversationKey key, String userHash) {
    for (TicketRecord r : records()) {
      if (userHash != null && userHash.equals(r.ticket().userHash())) {
        save(r.withTicket(r.ticket().unlinked()));
      }
    }
  }
}
