package vn.hcc.bot.channel.zalo;

import java.time.Duration;

/**
 * Zalo OA configuration ({@code bot.zalo.*}). Blank URLs and non-positive numbers take the defaults.
 *
 * @param appId Zalo app id
 * @param appSecret app secret key, sent as {@code secret_key} when refreshing tokens (§1.9)
 * @param oaSecretKey OA secret key that signs webhooks (§1.3)
 * @param accessToken initial access token; later pairs live in the {@link ZaloTokenStore}
 * @param refreshToken initial refresh token (single use, rotates on every refresh)
 * @param rateLimitPerMinute outbound calls per minute; Zalo allows 4,000/min per app (§1.11)
 * @param maxAttempts attempts per message for retryable errors (-32, 5xx, timeouts)
 * @param retryBaseDelay first backoff delay; doubled per attempt, plus jitter
 * @param refreshAhead refresh this long before the access token expires (it lives 25 h, §1.9)
 * @param timeout connect/read timeout of one HTTP call
 */
public record ZaloSettings(
    String appId,
    String appSecret,
    String oaSecretKey,
    String accessToken,
    String refreshToken,
    String apiBaseUrl,
    String oauthBaseUrl,
    int rateLimitPerMinute,
    int maxAttempts,
    Duration retryBaseDelay,
    Duration refreshAhead,
    Duration timeout) {

  public static final String DEFAULT_API_BASE_URL = "https://openapi.zalo.me";
  public static final String DEFAULT_OAUTH_BASE_URL = "https://oauth.zaloapp.com";

  public ZaloSettings {
    requireText(appId, "bot.zalo.app-id");
    requireText(oaSecretKey, "bot.zalo.oa-secret-key");
    apiBaseUrl = baseUrl(apiBaseUrl, DEFAULT_API_BASE_URL);
    oauthBaseUrl = baseUrl(oauthBaseUrl, DEFAULT_OAUTH_BASE_URL);
    rateLimitPerMinute = rateLimitPerMinute > 0 ? rateLimitPerMinute : 3000;
    maxAttempts = maxAttempts > 0 ? maxAttempts : 4;
    retryBaseDelay = positiveOr(retryBaseDelay, Duration.ofMillis(500));
    refreshAhead = positiveOr(refreshAhead, Duration.ofHours(1));
    timeout = positiveOr(timeout, Duration.ofSeconds(10));
  }

  /** The usual case: credentials only, every tuning value at its default. */
  public ZaloSettings(
      String appId, String appSecret, String oaSecretKey, String accessToken, String refreshToken) {
    this(appId, appSecret, oaSecretKey, accessToken, refreshToken, null, null, 0, 0, null, null, null);
  }

  /** A copy pointing at other hosts (tests, proxies). */
  public ZaloSettings withBaseUrls(String api, String oauth) {
    return new ZaloSettings(appId, appSecret, oaSecretKey, accessToken, refreshToken, api, oauth,
        rateLimitPerMinute, maxAttempts, retryBaseDelay, refreshAhead, timeout);
  }

  /** A copy with another first backoff delay (tests use a few milliseconds). */
  public ZaloSettings withRetryBaseDelay(Duration delay) {
    return new ZaloSettings(appId, appSecret, oaSecretKey, accessToken, refreshToken, apiBaseUrl,
        oauthBaseUrl, rateLimitPerMinute, maxAttempts, delay, refreshAhead, timeout);
  }

  /** Never prints secrets: settings end up in logs and health pages. */
  @Override
  public String toString() {
    return "ZaloSettings[appId=" + appId + ", apiBaseUrl=" + apiBaseUrl + ", oauthBaseUrl="
        + oauthBaseUrl + ", rateLimitPerMinute=" + rateLimitPerMinute + ", secrets=***]";
  }

  private static void requireText(String value, String property) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(property + " must be set to enable Zalo");
    }
  }

  private static String baseUrl(String value, String fallback) {
    String url = value == null || value.isBlank() ? fallback : value.strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static Duration positiveOr(Duration value, Duration fallback) {
    return value == null || value.isNegative() || value.isZero() ? fallback : value;
  }
}
