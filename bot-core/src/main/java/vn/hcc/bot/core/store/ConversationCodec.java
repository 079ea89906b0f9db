package vn.hcc.bot.core.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.ConversationKey;

/**
 * Writes a conversation as "name=value" lines with URL-encoded values, so any text (newlines,
 * emoji, "=") survives and no JSON library is needed. Unknown names are ignored when reading.
 */
public final class ConversationCodec {
  private static final String VERSION = "1";

  private ConversationCodec() {}

  public static String encode(Conversation c) {
    StringBuilder out = new StringBuilder(256);
    put(out, "v", VERSION);
    put(out, "channel", c.key().channel());
    put(out, "user", c.key().userId());
    put(out, "step", c.step().name());
    List<String> encoded = new ArrayList<>(c.choices().size());
    for (String choice : c.choices()) {
      encoded.add(enc(choice));
    }
    if (!encoded.isEmpty()) {
      out.append("choices=").append(String.join(",", encoded)).append('\n');
    }
    put(out, "topic", c.topicId());
    put(out, "question", c.lastQuestion());
    put(out, "answerMsg", c.lastAnswerMessageId());
    put(out, "draft", c.draftContent());
    put(out, "contact", c.draftContact());
    put(out, "updated", c.updatedAt().toString());
    return out.toString();
  }

  public static Conversation decode(String text) {
    Map<String, String> raw = new HashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        raw.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    List<String> choices = new ArrayList<>();
    String joined = raw.get("choices");
    if (joined != null && !joined.isEmpty()) {
      for (String part : joined.split(",", -1)) {
        choices.add(dec(part));
      }
    }
    String step = field(raw, "step");
    String updated = field(raw, "updated");
    return new Conversation(
        new ConversationKey(field(raw, "channel"), field(raw, "user")),
        step == null ? Conversation.Step.NONE : Conversation.Step.valueOf(step),
        choices,
        field(raw, "topic"),
        field(raw, "question"),
        field(raw, "answerMsg"),
        field(raw, "draft"),
        field(raw, "contact"),
        updated == null ? Instant.EPOCH : Instant.parse(updated));
  }

  private static void put(StringBuilder out, String name, String value) {
    if (value != null) {
      out.append(name).append('=').append(enc(value)).append('\n');
    }
  }

  private static String field(Map<String, String> raw, String name) {
    String value = raw.get(name);
    return value == null ? null : dec(value);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String dec(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
