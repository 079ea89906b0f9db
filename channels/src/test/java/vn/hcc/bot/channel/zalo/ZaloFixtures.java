package vn.hcc.bot.channel.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hcc.bot.channel.DeliveryRecorder;
import vn.hcc.bot.core.ConversationKey;

/** Recorded payloads under src/test/resources/zalo and helpers to sign them like Zalo does. */
final class ZaloFixtures {
  static final String APP_ID = "1234567890";
  static final String OA_SECRET = "test-oa-secret";
  static final String USER = "246845883529197922";

  private ZaloFixtures() {}

  static byte[] load(String name) {
    try (InputStream in = ZaloFixtures.class.getResourceAsStream("/zalo/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> signedHeaders(byte[] body) {
    JsonNode root = JsonMapper.shared().readTree(body);
    String mac = ZaloSignature.compute(body, root.path("app_id").asString(), root.path("timestamp").asString(), OA_SECRET);
    return Map.of("x-zevent-signature", mac, "Content-Type", "application/json");
  }

  static ZaloSettings settings(String baseUrl) {
    return new ZaloSettings(APP_ID, "app-secret", OA_SECRET, "access-1", "refresh-1")
        .withBaseUrls(baseUrl, baseUrl)
        .withRetryBaseDelay(java.time.Duration.ofMillis(1));
  }

  /** Collects outcomes for assertions. */
  static final class Recorded implements DeliveryRecorder {
    record Entry(ConversationKey key, String messageId, Outcome outcome, String detail) {}

    final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void record(String channel, ConversationKey key, String messageId, Outcome outcome, String detail) {
      entries.add(new Entry(key, messageId, outcome, detail));
    }
  }
}
