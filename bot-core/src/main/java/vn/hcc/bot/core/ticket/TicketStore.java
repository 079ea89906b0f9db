package vn.hcc.bot.core.ticket;

import java.util.List;
import java.util.Optional;
import vn.hcc.bot.core.ConversationKey;

/** Feedback tickets; numbers look like {@code PA-20261127-0001} (one sequence per day). */
public interface TicketStore {
  Ticket create(String channel, String userHash, String content, String contact);

  /**
   * Creates a ticket that remembers the conversation key, so staff can answer on the citizen's
   * channel. Stores that cannot keep the platform id fall back to the keyless form.
   */
  default Ticket create(ConversationKey key, String userHash, String content, String contact) {
    return create(key.channel(), userHash, content, contact);
  }

  Optional<Ticket> find(String number);

  /** All tickets, newest first, for the admin pages. */
  List<Ticket> list();

  Optional<Ticket> updateStatus(String number, TicketStatus status);
}
