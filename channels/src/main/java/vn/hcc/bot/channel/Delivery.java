package vn.hcc.bot.channel;

/** What became of one delivery to a user: the outcome and, when it failed, why. */
public record Delivery(DeliveryRecorder.Outcome outcome, String detail) {
  public boolean reached() {
    return outcome == DeliveryRecorder.Outcome.SENT || outcome == DeliveryRecorder.Outcome.RETRIED;
  }
}
