package vn.hcc.bot.channel;

/**
 * A platform call failed. Callers read the fields, never parse the message. {@code httpStatus} is 0
 * when no HTTP answer arrived (timeout, connection refused); {@code platformCode} is the platform's own
 * error code (Zalo {@code error}, Telegram {@code error_code}) or 0 when there is none.
 */
public class ChannelApiException extends RuntimeException {
  private final String channel;
  private final String operation;
  private final int httpStatus;
  private final int platformCode;
  private final String description;

  public ChannelApiException(
      String channel, String operation, int httpStatus, int platformCode, String description) {
    this(channel, operation, httpStatus, platformCode, description, null);
  }

  public ChannelApiException(
      String channel,
      String operation,
      int httpStatus,
      int platformCode,
      String description,
      Throwable cause) {
    super(
        channel + " " + operation + " failed: " + (platformCode != 0 ? platformCode : httpStatus)
            + ": " + description,
        cause);
    this.channel = channel;
    this.operation = operation;
    this.httpStatus = httpStatus;
    this.platformCode = platformCode;
    this.description = description;
  }

  public String channel() {
    return channel;
  }

  public String operation() {
    return operation;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public int platformCode() {
    return platformCode;
  }

  public String description() {
    return description;
  }
}
