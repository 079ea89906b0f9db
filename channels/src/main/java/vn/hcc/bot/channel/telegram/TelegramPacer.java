package vn.hcc.bot.channel.telegram;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import vn.hcc.bot.channel.RateLimiter;
import vn.hcc.bot.channel.Sleeper;

/**
 * How long to wait before the next message: at most one per second per chat and about 30 per second
 * overall (Bot FAQ "My bot is hitting limits", §2.1). Keeps limiters for the most recent chats only.
 */
final class TelegramPacer {
  private static final int CHATS_TRACKED = 10_000;
  private static final Sleeper NO_WAIT = d -> {};

  private final RateLimiter overall;
  private final Duration perChatInterval;
  private final LongSupplier nanoClock;
  private final Map<String, RateLimiter> chats =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
          return size() > CHATS_TRACKED;
        }
      };

  TelegramPacer(int perSecond, Duration perChatInterval, LongSupplier nanoClock) {
    this.overall = new RateLimiter(perSecond, Duration.ofSeconds(1), perSecond, nanoClock, NO_WAIT);
    this.perChatInterval = perChatInterval;
    this.nanoClock = nanoClock;
  }

  /** Takes a slot for {@code chatId} and returns the wait before using it. */
  Duration reserve(String chatId) {
    long wait = overall.reserveNanos();
    if (!perChatInterval.isZero()) {
      RateLimiter chat;
      synchronized (chats) {
        chat = chats.computeIfAbsent(chatId, id -> new RateLimiter(1, perChatInterval, 1, nanoClock, NO_WAIT));
      }
      wait = Math.max(wait, chat.reserveNanos());
    }
    return Duration.ofNanos(wait);
  }
}
