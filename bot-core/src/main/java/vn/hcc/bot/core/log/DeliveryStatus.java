package vn.hcc.bot.core.log;

/** Whether a turn's replies reached the user; channels report it after sending. */
public enum DeliveryStatus {
  PENDING,
  SENT,
  FAILED
}
