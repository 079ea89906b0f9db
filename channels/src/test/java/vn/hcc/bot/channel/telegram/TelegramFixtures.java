package vn.hcc.bot.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.hcc.bot.channel.DeliveryRecorder;
import vn.hcc.bot.core.ConversationKey;

/** Recorded Bot API payloads under src/test/resources/telegram. */
final class TelegramFixtures {
  static final String TOKEN = "123456:TEST-token_abc";
  static final String SECRET = "s3cret-Token_1";
  static final String SEND = "(?i)/bot[^/]+/sendmessage";
  static final String ANSWER_CALLBACK = "(?i)/bot[^/]+/answercallbackquery";

  private TelegramFixtures() {}

  static String load(String name) {
    try (InputStream in = TelegramFixtures.class.getResourceAsStream("/telegram/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String name) {
    return load(name).getBytes(StandardCharsets.UTF_8);
  }

  static TelegramSettings settings(String baseUrl, TelegramSettings.Mode mode) {
    return new TelegramSettings(TOKEN, baseUrl, mode, SECRET, "HccBot", 0, Duration.ZERO, 0, Duration.ofMillis(1));
  }

  static final class Recorded implements DeliveryRecorder {
    record Entry(ConversationKey key, String messageId, Outcome outcome, String detail) {}

    final List<Entry> entries = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void record(String channel, ConversationKey key, String messageId, Outcome outcome, String detail) {
      entries.add(new Entry(key, messageId, outcome, detail));
    }

    List<Outcome> outcomes() {
      return new ArrayList<>(entries.stream().map(Entry::outcome).toList());
    }
  }
}
