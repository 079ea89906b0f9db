package vn.hcc.bot.core;

import java.util.Objects;

/** Identifies one conversation: a user on a channel ("zalo", "telegram", "web"). */
public record ConversationKey(String channel, String userId) {
  public ConversationKey {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(userId, "userId");
  }

  @Override
  public String toString() {
    return channel + ":" + userId;
  }
}
