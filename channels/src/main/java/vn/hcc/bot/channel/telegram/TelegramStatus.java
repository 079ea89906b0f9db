package vn.hcc.bot.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.channel.ChannelHealth;

/** The channel's health, fed by polling results and send failures; logs each change once. */
final class TelegramStatus {
  private static final Logger log = LoggerFactory.getLogger(TelegramStatus.class);
  static final String CONFLICT = "Telegram getUpdates answered 409 Conflict: another instance is polling with"
      + " this token or a webhook is set: stop it or use bot.telegram.mode=webhook";

  private volatile ChannelHealth health = ChannelHealth.up("Telegram configured");

  ChannelHealth health() {
    return health;
  }

  void up(String detail) {
    if (!health.isUp()) {
      log.info("Telegram is back: {}", detail);
    }
    health = ChannelHealth.up(detail);
  }

  void down(String detail) {
    if (health.isUp() || !health.detail().equals(detail)) {
      log.error("{}", detail);
    }
    health = ChannelHealth.down(detail);
  }
}
