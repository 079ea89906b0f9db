package vn.hcc.bot.app.admin.tickets;

/** What became of a message to a citizen; {@code detail} says why in words staff understand. */
public record DeliveryResult(Status status, String detail) {
  /** DELIVERED: the platform accepted it. STORED: kept for the web chat to show on the next visit. */
  public enum Status { DELIVERED, STORED, UNDELIVERED, FAILED }

  public static DeliveryResult delivered() {
    return new DeliveryResult(Status.DELIVERED, null);
  }

  public boolean reached() {
    return status == Status.DELIVERED || status == Status.STORED;
  }
}
