package vn.hcc.bot.core.handoff;

import vn.hcc.bot.core.ticket.Ticket;

/**
 * Tells staff that a citizen waits (the application posts to a staff Telegram chat). Called inside
 * the turn, so implementations should hand the work off rather than block.
 */
@FunctionalInterface
public interface StaffNotifier {
  StaffNotifier NONE = handoff -> {};

  void handoffRequested(HandoffRecord handoff);

  default void ticketCreated(Ticket ticket) {}
}
