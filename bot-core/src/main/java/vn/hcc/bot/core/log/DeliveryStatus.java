package vn.hcc.bot.core.log;

/** Whether a turn's replies reached the user; channels report it after sending. */
public enum DeliveryStatus {
  PENDING,
  /** Delivered at the first attempt. */
  SENT,
  /** Delivered after one or more retries. */
  RETRIED,
  /** Not deliverable by the platform's rules (user blocked the bot, outside the interaction window). */
  UNDELIVERED,
  /** Gave up after errors. */
  FAILED
}
