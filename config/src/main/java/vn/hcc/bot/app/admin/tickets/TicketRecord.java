package vn.hcc.bot.app.admin.tickets;

import java.time.Instant;
import vn.hcc.bot.core.ticket.Ticket;

/** A ticket with what staff did about it: the answer sent and whether it reached the citizen. */
public record TicketRecord(Ticket ticket, String answer, String answeredBy, Instant answeredAt,
    DeliveryResult delivery) {
  public static TicketRecord of(Ticket t) {
    return new TicketRecord(t, null, null, null, null);
  }

  public TicketRecord withTicket(Ticket t) {
    return new TicketRecord(t, answer, answeredBy, answeredAt, delivery);
  }
}
