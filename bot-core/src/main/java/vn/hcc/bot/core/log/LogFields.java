package vn.hcc.bot.core.log;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The field names shared by the file and Redis logs, and the mapping to and from entries. */
final class LogFields {
  static final String KIND = "kind";
  static final String KIND_TURN = "turn";
  static final String KIND_DELIVERY = "delivery";

  private LogFields() {}

  static Map<String, Object> of(QuestionLogEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(KIND, KIND_TURN);
    m.put("time", e.time().toString());
    m.put("channel", e.channel());
    m.put("userHash", e.userHash());
    m.put("messageId", e.messageId());
    m.put("text", e.text());
    m.put("outcome", e.outcome().name());
    m.put("entryId", e.entryId());
    m.put("category", e.category());
    m.put("confidence", e.confidence());
    m.put("rating", e.rating());
    m.put("refMessageId", e.refMessageId());
    m.put("latencyMs", e.latencyMs());
    m.put("delivery", e.delivery().name());
    m.put("deliveryDetail", e.deliveryDetail());
    return m;
  }

  static Map<String, Object> delivery(Instant time, String channel, String userHash,
      String messageId, DeliveryStatus status, String detail) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(KIND, KIND_DELIVERY);
    m.put("time", time.toString());
    m.put("channel", channel);
    m.put("userHash", userHash);
    m.put("messageId", messageId);
    m.put("delivery", status.name());
    m.put("deliveryDetail", detail);
    return m;
  }

  static boolean isDelivery(Map<String, String> m) {
    return KIND_DELIVERY.equals(m.get(KIND));
  }

  /** Identifies the turn a delivery record refers to. */
  static String turnKey(Map<String, String> m) {
    return m.get("channel") + "\u0000" + m.get("userHash") + "\u0000" + m.get("messageId");
  }

  static String turnKey(QuestionLogEntry e) {
    return e.channel() + "\u0000" + e.userHash() + "\u0000" + e.messageId();
  }

  static QuestionLogEntry entry(Map<String, String> m) {
    String confidence = m.get("confidence");
    String latency = m.get("latencyMs");
    String delivery = m.get("delivery");
    return new QuestionLogEntry(
        Instant.parse(m.get("time")),
        m.get("channel"),
        m.get("userHash"),
        m.get("messageId"),
        m.get("text"),
        OutcomeType.valueOf(m.get("outcome")),
        m.get("entryId"),
        m.get("category"),
        confidence == null ? null : Double.valueOf(confidence),
        m.get("rating"),
        m.get("refMessageId"),
        latency == null ? 0 : Long.parseLong(latency),
        delivery == null ? DeliveryStatus.PENDING : DeliveryStatus.valueOf(delivery),
        m.get("deliveryDetail"));
  }
}
