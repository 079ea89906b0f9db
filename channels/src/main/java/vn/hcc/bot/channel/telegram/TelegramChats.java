package vn.hcc.bot.channel.telegram;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chats we must not write to: after "403 Forbidden: bot was blocked by the user" every send fails
 * the same way (§3), so we stop until the user writes again or unblocks the bot (my_chat_member).
 * In memory: after a restart the first send rediscovers the block.
 */
final class TelegramChats {
  private final Set<String> inactive = ConcurrentHashMap.newKeySet();

  boolean isActive(String chatId) {
    return !inactive.contains(chatId);
  }

  void markInactive(String chatId) {
    inactive.add(chatId);
  }

  void markActive(String chatId) {
    inactive.remove(chatId);
  }
}
