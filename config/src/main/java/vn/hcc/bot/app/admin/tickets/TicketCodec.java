package vn.hcc.bot.app.admin.tickets;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.core.ticket.Ticket;
import vn.hcc.bot.core.ticket.TicketStatus;

/** A ticket record as a JSON object, both ways (files, Redis and the API share the shape). */
public final class TicketCodec {
  private TicketCodec() {}

  public static Map<String, Object> toMap(TicketRecord r) {
    Ticket t = r.ticket();
    var m = new LinkedHashMap<String, Object>();
    m.put("number", t.number());
    m.put("channel", t.channel());
    m.put("userId", t.userId());
    m.put("userHash", t.userHash());
    m.put("content", t.content());
    m.put("contact", t.contact());
    m.put("status", t.status().name());
    m.put("createdAt", t.createdAt().toString());
    m.put("answer", r.answer());
    m.put("answeredBy", r.answeredBy());
    m.put("answeredAt", r.answeredAt() == null ? null : r.answeredAt().toString());
    m.put("delivery", r.delivery() == null ? null : r.delivery().status().name());
    m.put("deliveryDetail", r.delivery() == null ? null : r.delivery().detail());
    return m;
  }

  public static TicketRecord fromNode(JsonNode n) {
    var t = new Ticket(n.path("number").asString(), text(n, "channel"), text(n, "userHash"),
        text(n, "content"), text(n, "contact"), TicketStatus.valueOf(n.path("status").asString()),
        Instant.parse(n.path("createdAt").asString()), text(n, "userId"));
    String delivery = text(n, "delivery");
    String answeredAt = text(n, "answeredAt");
    return new TicketRecord(t, text(n, "answer"), text(n, "answeredBy"),
        answeredAt == null ? null : Instant.parse(answeredAt),
        delivery == null ? null : new DeliveryResult(DeliveryResult.Status.valueOf(delivery),
            text(n, "deliveryDetail")));
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asString();
  }
}
