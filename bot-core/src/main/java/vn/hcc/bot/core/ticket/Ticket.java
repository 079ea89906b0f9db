package vn.hcc.bot.core.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's feedback on administrative rules. {@code content} is stored in full for the officer
 * (only the question log masks it); {@code userHash} and {@code contact} are null after erasure.
 */
public record Ticket(
    String number,
    String channel,
    String userHash,
    String content,
    String contact,
    TicketStatus status,
    Instant createdAt) {
  public Ticket {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Ticket withStatus(TicketStatus newStatus) {
    return new Ticket(number, channel, userHash, content, contact, newStatus, createdAt);
  }

  public Ticket unlinked() {
    return new Ticket(number, channel, null, content, null, status, createdAt);
  }
}
