package vn.hcc.bot.core.log;

import java.time.Instant;
import java.util.Objects;

/**
 * One logged turn. {@code text} is already masked; {@code userHash} is the salted hash, never the
 * platform id. For a RATING, {@code entryId} is the rated entry, {@code refMessageId} the message
 * that got the answer and {@code text} that (masked) question.
 */
public record QuestionLogEntry(
    Instant time,
    String channel,
    String userHash,
    String messageId,
    String text,
    OutcomeType outcome,
    String entryId,
    String category,
    Double confidence,
    String rating,
    String refMessageId,
    long latencyMs,
    DeliveryStatus delivery,
    String deliveryDetail) {

  public QuestionLogEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(outcome, "outcome");
    delivery = delivery == null ? DeliveryStatus.PENDING : delivery;
  }

  public QuestionLogEntry withDelivery(DeliveryStatus status, String detail) {
    return new QuestionLogEntry(time, channel, userHash, messageId, text, outcome, entryId,
        category, confidence, rating, refMessageId, latencyMs, status, detail);
  }
}
