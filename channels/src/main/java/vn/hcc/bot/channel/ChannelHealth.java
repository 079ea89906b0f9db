package vn.hcc.bot.channel;

import java.util.Objects;

/** Whether a channel can currently deliver, with a sentence for operators when it cannot. */
public record ChannelHealth(Status status, String detail) {
  public enum Status {
    UP,
    DOWN
  }

  public ChannelHealth {
    Objects.requireNonNull(status, "status");
    detail = detail == null ? "" : detail;
  }

  public static ChannelHealth up(String detail) {
    return new ChannelHealth(Status.UP, detail);
  }

  public static ChannelHealth down(String detail) {
    return new ChannelHealth(Status.DOWN, detail);
  }

  public boolean isUp() {
    return status == Status.UP;
  }
}
