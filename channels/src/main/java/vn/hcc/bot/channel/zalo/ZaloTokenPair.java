package vn.hcc.bot.channel.zalo;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current OAuth pair. {@code expiresAt} is null when unknown (the pair came from configuration);
 * {@code seed} fingerprints the configured refresh token the chain started from, so a pair newly set
 * by an operator replaces a stored chain (see {@link ZaloTokens}).
 */
public record ZaloTokenPair(String accessToken, String refreshToken, Instant expiresAt, String seed) {
  public ZaloTokenPair {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    seed = seed == null ? "" : seed;
  }

  String toJson() {
    ObjectNode node = JsonMapper.shared().createObjectNode();
    node.put("access_token", accessToken);
    node.put("refresh_token", refreshToken);
    if (expiresAt != null) {
      node.put("expires_at", expiresAt.toEpochMilli());
    }
    node.put("seed", seed);
    return node.toString();
  }

  static ZaloTokenPair fromJson(String json) {
    JsonNode node = JsonMapper.shared().readTree(json);
    JsonNode expires = node.path("expires_at");
    return new ZaloTokenPair(
        node.path("access_token").asString(),
        node.path("refresh_token").asString(),
        expires.isNumber() ? Instant.ofEpochMilli(expires.asLong()) : null,
        node.path("seed").asString(""));
  }

  /** Secrets stay out of logs. */
  @Override
  public String toString() {
    return "ZaloTokenPair[expiresAt=" + expiresAt + ", tokens=***]";
  }
}
