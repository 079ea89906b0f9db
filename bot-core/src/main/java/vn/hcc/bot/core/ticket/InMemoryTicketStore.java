package vn.hcc.bot.core.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.privacy.PersonalDataEraser;

/** Tickets in memory (single instance; lost on restart). */
public final class InMemoryTicketStore implements TicketStore, PersonalDataEraser {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Map<String, Ticket> tickets = new LinkedHashMap<>();
  private final Clock clock;
  private final ZoneId zone;
  private LocalDate sequenceDay;
  private int sequence;

  public InMemoryTicketStore() {
    this(Clock.systemUTC(), ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  public InMemoryTicketStore(Clock clock, ZoneId zone) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public Ticket create(String channel, String userHash, String content, String contact) {
    return create(channel, null, userHash, content, contact);
  }

  @Override
  public Ticket create(ConversationKey key, String userHash, String content, String contact) {
    return create(key.channel(), key.userId(), userHash, content, contact);
  }

  private synchronized Ticket create(
      String channel, String userId, String userHash, String content, String contact) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, zone);
    if (!day.equals(sequenceDay)) {
      sequenceDay = day;
      sequence = 0;
    }
    String number = String.format("PA-%s-%04d", DAY.format(day), ++sequence);
    Ticket ticket = new Ticket(number, channel, userHash, content, contact, TicketStatus.NEW, now, userId);
    tickets.put(number, ticket);
    return ticket;
  }

  @Override
  public synchronized Optional<Ticket> find(String number) {
    return Optional.ofNullable(tickets.get(number));
  }

  @Override
  public synchronized List<Ticket> list() {
    List<Ticket> out = new ArrayList<>(tickets.values());
    out.sort(Comparator.comparing(Ticket::createdAt).thenComparing(Ticket::number).reversed());
    return out;
  }

  @Override
  public synchronized Optional<Ticket> updateStatus(String number, TicketStatus status) {
    return Optional.ofNullable(tickets.computeIfPresent(number, (n, t) -> t.withStatus(status)));
  }

  /** Keeps the feedback for the officers but removes who sent it and how to reach them. */
  @Override
  public synchronized void erase(ConversationKey key, String userHash) {
    tickets.replaceAll((n, t) -> Objects.equals(userHash, t.userHash()) ? t.unlinked() : t);
  }
}
