package vn.hcc.bot.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.channel.ChannelApiException;
import vn.hcc.bot.channel.ChannelHealth;
import vn.hcc.bot.channel.ExclusiveLock;
import vn.hcc.bot.channel.RateLimiter;
import vn.hcc.bot.channel.Sleeper;

/**
 * Sends one OA message with the delivery policy: the global rate limit, one token refresh and resend
 * on -216/-220, bounded exponential backoff with jitter on -32, HTTP 5xx and timeouts. Everything else
 * is thrown to the caller as {@link ChannelApiException}.
 */
public final class ZaloClient {
  private static final Logger log = LoggerFactory.getLogger(ZaloClient.class);

  /** What happened: the platform's message id and whether it took more than one plain attempt. */
  public record SendResult(String messageId, boolean retried) {}

  private final ZaloApi api;
  private final ZaloTokens tokens;
  private final RateLimiter limiter;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final ZaloSettings settings;

  ZaloClient(ZaloSettings settings, ZaloApi api, ZaloTokens tokens, RateLimiter limiter,
      Sleeper sleeper, DoubleSupplier jitter) {
    this.settings = settings;
    this.api = api;
    this.tokens = tokens;
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.jitter = jitter;
  }

  /** The production wiring: OkHttp with the configured timeouts, system clock and sleeps. */
  public static ZaloClient create(ZaloSettings settings, ZaloTokenStore store, ExclusiveLock lock) {
    return create(settings, store, lock, Sleeper.SYSTEM);
  }

  /** As {@link #create(ZaloSettings, ZaloTokenStore, ExclusiveLock)} with another sleeper (tests). */
  public static ZaloClient create(
      ZaloSettings settings, ZaloTokenStore store, ExclusiveLock lock, Sleeper sleeper) {
    Objects.requireNonNull(settings, "settings");
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(settings.timeout())
        .readTimeout(settings.timeout())
        .callTimeout(settings.timeout().multipliedBy(2))
        .build();
    ZaloApi api = new ZaloApi(settings, http);
    ZaloTokens tokens = new ZaloTokens(settings, store, lock, api::refresh, Clock.systemUTC());
    RateLimiter limiter = new RateLimiter(settings.rateLimitPerMinute(), Duration.ofMinutes(1),
        Math.max(1, settings.rateLimitPerMinute() / 60), System::nanoTime, sleeper);
    return new ZaloClient(settings, api, tokens, limiter, sleeper, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** DOWN when no usable token pair is left (a refresh failed or none was configured). */
  public ChannelHealth health() {
    return tokens.health();
  }

  /** Sends {@code message} (a full {@code message/cs} body) or throws the final error. */
  public SendResult send(JsonNode message) {
    String token = tokens.accessToken();
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      acquirePermit();
      try {
        String id = api.sendMessage(token, message);
        return new SendResult(id, attempt > 1);
      } catch (ChannelApiException e) {
        if (ZaloErrors.isTokenRejected(e) && !refreshed) {
          log.info("Zalo rejected the access token ({}); refreshing and resending once", e.platformCode());
          token = tokens.refreshAfterRejection(token);
          refreshed = true;
        } else if (ZaloErrors.isRetryable(e) && attempt < settings.maxAttempts()) {
          log.info("Zalo send attempt {} failed ({}); retrying", attempt, e.getMessage());
          pause(backoff(attempt));
        } else {
          throw e;
        }
      }
    }
  }

  /** base * 2^(attempt-1), plus up to one base of random jitter so replicas do not retry in step. */
  private Duration backoff(int attempt) {
    long base = settings.retryBaseDelay().toMillis();
    return Duration.ofMillis((base << (attempt - 1)) + (long) (base * jitter.getAsDouble()));
  }

  private void acquirePermit() {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  private void pause(Duration delay) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  private static ChannelApiException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new ChannelApiException(ZaloApi.CHANNEL, "sendMessage", 0, 0, "interrupted", e);
  }
}
