package vn.hcc.bot.core.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's feedback on administrative rules. {@code content} is stored in full for the officer
 * (only the question log masks it); {@code userHash} and {@code contact} are null after erasure.
 * {@code userId} is the platform id on {@code channel}, kept so that staff can answer the citizen
 * there; null for tickets created without it and after erasure.
 */
public record Ticket(
    String number,
    String channel,
    String userHash,
    String content,
    String contact,
    TicketStatus status,
    Instant createdAt,
    String userId) {
  public Ticket {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A ticket without the platform user id (kept for callers written before it existed). */
  public Ticket(String number, String channel, String userHash, String content, String contact,
      TicketStatus status, Instant createdAt) {
    this(number, channel, userHash, content, contact, status, createdAt, null);
  }

  public Ticket withStatus(TicketStatus newStatus) {
    return new Ticket(number, channel, userHash, content, contact, newStatus, createdAt, userId);
  }

  public Ticket unlinked() {
    return new Ticket(number, channel, null, content, null, status, createdAt, null);
  }
}
