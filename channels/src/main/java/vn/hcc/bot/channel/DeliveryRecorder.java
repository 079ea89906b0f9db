package vn.hcc.bot.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.core.ConversationKey;

/**
 * Learns what happened to each outbound message, so the app can put it beside the question in its log.
 * Implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface DeliveryRecorder {

  enum Outcome {
    /** Delivered at the first attempt. */
    SENT,
    /** Delivered after retries, a token refresh or a fallback rendering. */
    RETRIED,
    /** The platform refused for a reason about the user (blocked, not following, window closed). */
    UNDELIVERED,
    /** Gave up on an error of ours or of the platform. */
    FAILED
  }

  /**
   * @param messageId the inbound message the reply answers (or an event id), for correlation
   * @param detail a short reason, e.g. "-230 User has not interacted with the OA in the past 7 days"
   */
  void record(
      String channel, ConversationKey key, String messageId, Outcome outcome, String detail);

  /** Writes outcomes to the log only; the default when the app does not bridge them. */
  static DeliveryRecorder logging() {
    Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);
    return (channel, key, messageId, outcome, detail) -> {
      if (outcome == Outcome.SENT || outcome == Outcome.RETRIED) {
        log.debug("{} {} {} {} {}", channel, key, messageId, outcome, detail);
      } else {
        log.info("{} delivery to {} for {}: {} {}", channel, key, messageId, outcome, detail);
      }
    };
  }
}
