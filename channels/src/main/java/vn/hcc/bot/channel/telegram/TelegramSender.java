package vn.hcc.bot.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.hcc.bot.channel.ChannelApiException;
import vn.hcc.bot.channel.Delivery;
import vn.hcc.bot.channel.DeliveryRecorder;
import vn.hcc.bot.channel.DeliveryRecorder.Outcome;
import vn.hcc.bot.channel.Sleeper;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.Reply;

/**
 * Sends the replies of one turn with Telegram's rules (§2.1, §3): paced per chat and overall, 429
 * waits {@code retry_after} and retries, 5xx and network errors back off, 403 marks the chat inactive.
 * One outcome per turn goes to the {@link DeliveryRecorder}.
 */
final class TelegramSender {
  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
  static final String CHANNEL = "telegram";

  private final TelegramClient client;
  private final TelegramSettings settings;
  private final TelegramChats chats;
  private final TelegramStatus status;
  private final TelegramPacer pacer;
  private final DeliveryRecorder recorder;
  private final Sleeper sleeper;
  private final TelegramRenderer renderer = new TelegramRenderer();

  TelegramSender(TelegramClient client, TelegramSettings settings, TelegramChats chats, TelegramStatus status,
      TelegramPacer pacer, DeliveryRecorder recorder, Sleeper sleeper) {
    this.client = client;
    this.settings = settings;
    this.chats = chats;
    this.status = status;
    this.pacer = pacer;
    this.recorder = recorder;
    this.sleeper = sleeper;
  }

  Delivery deliver(ConversationKey key, String inboundId, List<Reply> replies) {
    Delivery d = attempt(key, replies);
    recorder.record(CHANNEL, key, inboundId, d.outcome(), d.detail());
    return d;
  }

  private Delivery attempt(ConversationKey key, List<Reply> replies) {
    String chatId = key.userId();
    if (!chats.isActive(chatId)) {
      return new Delivery(Outcome.UNDELIVERED, "chat inactive: the user blocked the bot");
    }
    try {
      boolean retried = false;
      for (Reply reply : replies) {
        for (SendMessage message : renderer.render(chatId, reply)) {
          retried |= send(message);
        }
      }
      return new Delivery(retried ? Outcome.RETRIED : Outcome.SENT, "");
    } catch (ChannelApiException e) {
      if (e.platformCode() == 403) {
        chats.markInactive(chatId);
        log.info("Telegram chat {} is inactive from now on: {}", chatId, e.description());
        return new Delivery(Outcome.UNDELIVERED, "403 " + e.description());
      }
      log.warn("Telegram send to {} failed: code {}: {}", chatId, e.platformCode(), e.description());
      return new Delivery(Outcome.FAILED, e.platformCode() + " " + e.description());
    }
  }

  /** Stops the button's progress spinner; clients show it until this call (§2.1). Never throws. */
  void answerCallback(String callbackQueryId) {
    try {
      client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    } catch (TelegramApiException e) {
      log.warn("Telegram answerCallbackQuery failed: {}", TelegramUrls.mask(e.getMessage()));
    }
  }

  /** Returns true when the message needed more than one attempt. */
  private boolean send(SendMessage message) {
    for (int attempt = 1; ; attempt++) {
      pause(pacer.reserve(message.getChatId()));
      try {
        client.execute(message);
        return attempt > 1;
      } catch (TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        if (attempt >= settings.maxAttempts() || !isRetryable(code)) {
          throw failure(code == null ? 0 : code, e.getApiResponse() != null ? e.getApiResponse() : e.getMessage(), e);
        }
        pause(code != null && code == 429 ? retryAfter(e) : backoff(attempt));
      } catch (TelegramApiException e) {
        if (attempt >= settings.maxAttempts()) {
          throw failure(0, e.getMessage(), e);
        }
        pause(backoff(attempt));
      }
    }
  }

  /** 429 flood wait, 5xx, and answers that were not Bot API JSON (a proxy error page). */
  private static boolean isRetryable(Integer code) {
    return code == null || code == 429 || code >= 500;
  }

  private ChannelApiException failure(int code, String description, Exception cause) {
    String safe = TelegramUrls.mask(description);
    if (code == 401) {
      status.down("Telegram rejected the bot token (401): check bot.telegram.token");
    }
    return new ChannelApiException(CHANNEL, "sendMessage", code, code, safe, cause);
  }

  private static Duration retryAfter(TelegramApiRequestException e) {
    Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
    return Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds);
  }

  private Duration backoff(int attempt) {
    long base = settings.retryBaseDelay().toMillis();
    return Duration.ofMillis((base << (attempt - 1)) + ThreadLocalRandom.current().nextLong(base + 1));
  }

  private void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelApiException(CHANNEL, "sendMessage", 0, 0, "interrupted", e);
    }
  }
}
