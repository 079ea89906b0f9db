package vn.hcc.bot.core.ticket;

/** Where a citizen's feedback stands with the officers. */
public enum TicketStatus {
  NEW,
  IN_PROGRESS,
  ANSWERED,
  CLOSED
}
