package vn.hcc.bot.core.ticket;

import java.util.List;
import java.util.Optional;

/** Feedback tickets; numbers look like {@code PA-20261127-0001} (one sequence per day). */
public interface TicketStore {
  Ticket create(String channel, String userHash, String content, String contact);

  Optional<Ticket> find(String number);

  /** All tickets, newest first, for the admin pages. */
  List<Ticket> list();

  Optional<Ticket> updateStatus(String number, TicketStatus status);
}
