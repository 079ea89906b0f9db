package vn.hcc.bot.channel.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Telegram configuration ({@code bot.telegram.*}). Blank values and non-positive numbers take the
 * defaults.
 *
 * @param token bot token from BotFather (a secret: never logged)
 * @param apiBaseUrl scheme, host and port of the Bot API; every call goes there (tests use WireMock)
 * @param mode {@code polling} (default) or {@code webhook}
 * @param webhookSecret expected {@code X-Telegram-Bot-Api-Secret-Token}; required in webhook mode
 * @param botUsername without "@"; when blank it is read with getMe at start
 * @param messagesPerSecond overall send rate; ~30/s for bulk sends (Bot FAQ, §2.1)
 * @param perChatInterval minimum gap between two messages to one chat; ~1/s (Bot FAQ, §2.1)
 * @param maxAttempts attempts per message for 429, 5xx and network errors
 * @param retryBaseDelay first backoff delay for 5xx and network errors; doubled per attempt
 */
public record TelegramSettings(
    String token,
    String apiBaseUrl,
    Mode mode,
    String webhookSecret,
    String botUsername,
    int messagesPerSecond,
    Duration perChatInterval,
    int maxAttempts,
    Duration retryBaseDelay) {

  public static final String DEFAULT_API_BASE_URL = "https://api.telegram.org";
  /** setWebhook secret_token: 1–256 characters of A-Z a-z 0-9 _ - (Bot API, §2.1). */
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  public enum Mode {
    POLLING,
    WEBHOOK;

    /** "polling" or "webhook", any case; blank means polling. */
    public static Mode parse(String value) {
      if (value == null || value.isBlank()) {
        return POLLING;
      }
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bot.telegram.mode must be polling or webhook, was " + value);
      }
    }
  }

  public TelegramSettings {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("bot.telegram.token must be set to enable Telegram");
    }
    token = token.strip();
    apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? DEFAULT_API_BASE_URL : apiBaseUrl.strip();
    mode = mode == null ? Mode.POLLING : mode;
    if (mode == Mode.WEBHOOK && (webhookSecret == null || !SECRET.matcher(webhookSecret).matches())) {
      throw new IllegalArgumentException(
          "bot.telegram.webhook-secret must be 1-256 characters of A-Z a-z 0-9 _ - in webhook mode");
    }
    botUsername = botUsername == null ? "" : botUsername.strip().replaceFirst("^@", "");
    messagesPerSecond = messagesPerSecond > 0 ? messagesPerSecond : 30;
    perChatInterval = perChatInterval == null || perChatInterval.isNegative() ? Duration.ofSeconds(1) : perChatInterval;
    maxAttempts = maxAttempts > 0 ? maxAttempts : 4;
    retryBaseDelay = retryBaseDelay == null || retryBaseDelay.isNegative() ? Duration.ofMillis(500) : retryBaseDelay;
  }

  /** The usual case: property values as strings, tuning at defaults. */
  public TelegramSettings(String token, String apiBaseUrl, String mode, String webhookSecret) {
    this(token, apiBaseUrl, Mode.parse(mode), webhookSecret, null, 0, null, 0, null);
  }

  /** Never prints the token. */
  @Override
  public String toString() {
    return "TelegramSettings[apiBaseUrl=" + apiBaseUrl + ", mode=" + mode + ", botUsername=" + botUsername
        + ", messagesPerSecond=" + messagesPerSecond + ", secrets=***]";
  }
}
