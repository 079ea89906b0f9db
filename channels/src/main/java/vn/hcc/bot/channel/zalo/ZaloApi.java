package vn.hcc.bot.channel.zalo;

import java.io.IOException;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hcc.bot.channel.ChannelApiException;

/**
 * The two HTTP calls the adapter makes, with no policy: every failure becomes a
 * {@link ChannelApiException}. Zalo reports most errors as HTTP 200 with {@code error < 0} (§1.6).
 */
final class ZaloApi {
  static final String CHANNEL = "zalo";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ZaloSettings settings;
  private final OkHttpClient http;

  ZaloApi(ZaloSettings settings, OkHttpClient http) {
    this.settings = settings;
    this.http = http;
  }

  /** {@code POST /v3.0/oa/message/cs} with header {@code access_token} (§1.6); returns the message id. */
  String sendMessage(String accessToken, JsonNode body) {
    Request request =
        new Request.Builder()
            .url(settings.apiBaseUrl() + "/v3.0/oa/message/cs")
            .header("access_token", accessToken)
            .post(RequestBody.create(body.toString(), JSON))
            .build();
    JsonNode answer = call("sendMessage", request);
    int error = answer.path("error").asInt(0);
    if (error != 0) {
      throw new ChannelApiException(CHANNEL, "sendMessage", 200, error, answer.path("message").asString(""));
    }
    return answer.path("data").path("message_id").asString("");
  }

  /**
   * {@code POST /v4/oa/access_token}, header {@code secret_key}, form refresh_token, app_id,
   * grant_type (§1.9). {@code expires_in} arrives as a string of seconds.
   */
  ZaloTokenPair refresh(String refreshToken, Instant now) {
    Request request =
        new Request.Builder()
            .url(settings.oauthBaseUrl() + "/v4/oa/access_token")
            .header("secret_key", settings.appSecret() == null ? "" : settings.appSecret())
            .post(new FormBody.Builder()
                .add("refresh_token", refreshToken)
                .add("app_id", settings.appId())
                .add("grant_type", "refresh_token")
                .build())
            .build();
    JsonNode answer = call("refreshToken", request);
    if (!answer.hasNonNull("access_token") || !answer.hasNonNull("refresh_token")) {
      String why = answer.path("error_description").asString(answer.path("message").asString("no access_token in answer"));
      throw new ChannelApiException(CHANNEL, "refreshToken", 200, answer.path("error").asInt(0), why);
    }
    long expiresIn = parseSeconds(answer.path("expires_in").asString("90000"));
    return new ZaloTokenPair(
        answer.path("access_token").asString(),
        answer.path("refresh_token").asString(),
        now.plusSeconds(expiresIn),
        "");
  }

  private JsonNode call(String operation, Request request) {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (response.code() >= 500 || response.code() == 429) {
        throw new ChannelApiException(CHANNEL, operation, response.code(), 0, "HTTP " + response.code());
      }
      try {
        return JsonMapper.shared().readTree(text);
      } catch (JacksonException e) {
        throw new ChannelApiException(
            CHANNEL, operation, response.code(), 0, "answer is not JSON (HTTP " + response.code() + ")");
      }
    } catch (IOException e) {
      throw new ChannelApiException(CHANNEL, operation, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static long parseSeconds(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 90_000; // the documented 25 h (§1.9)
    }
  }
}
