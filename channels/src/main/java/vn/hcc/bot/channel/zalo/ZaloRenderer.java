package vn.hcc.bot.channel.zalo;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hcc.bot.channel.TextFallback;
import vn.hcc.bot.channel.TextSplitter;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Link;
import vn.hcc.bot.core.Reply;

/**
 * Turns a {@link Reply} into {@code message/cs} request bodies (pure, no I/O). Buttons become
 * {@code oa.query.hide} buttons, whose payload comes back as the user's next text; links become
 * {@code oa.open.url} buttons (shapes: channel-apis.md §1.6, ZaloDotNetSDK JsonUtils).
 */
final class ZaloRenderer {
  /** Text limit of a consultation message (§1.6: "2.000 ký tự"). */
  static final int TEXT_LIMIT = 2000;
  /** Not documented (§4 point 2); kept small, and more falls back to a numbered list. */
  static final int MAX_BUTTONS = 5;
  /** Title ≤ 100 chars, query payload ≤ 1,000 chars (RedAI SDK guide, §1.6, low confidence). */
  static final int TITLE_LIMIT = 100;
  static final int PAYLOAD_LIMIT = 1000;

  /** One body per text part; the last part carries the buttons when they fit the template. */
  List<ObjectNode> render(String userId, Reply original) {
    Reply reply = linksInTextWhenCrowded(original);
    if (reply.buttons().isEmpty() && reply.links().isEmpty()) {
      return textParts(userId, reply.text());
    }
    if (!fitsTemplate(reply)) {
      return textOnly(userId, reply.text(), reply);
    }
    List<String> parts = TextSplitter.split(reply.text(), TEXT_LIMIT);
    List<ObjectNode> bodies = new ArrayList<>();
    for (int i = 0; i < parts.size() - 1; i++) {
      bodies.add(text(userId, parts.get(i)));
    }
    bodies.add(template(userId, parts.get(parts.size() - 1), reply));
    return bodies;
  }

  /** The plain-text replacement of a rejected template body: its text, then the numbered choices. */
  List<ObjectNode> fallback(String userId, JsonNode rejected, Reply reply) {
    return textOnly(userId, rejected.path("message").path("text").asString(""),
        linksInTextWhenCrowded(reply));
  }

  /**
   * A typical answer has five choices (related entries, 👍, 👎) and one or two official links:
   * more than a template holds. Links then go into the text, where Zalo makes them clickable
   * anyway, so that the choices stay buttons instead of turning the whole answer into a
   * numbered list.
   */
  static Reply linksInTextWhenCrowded(Reply reply) {
    if (reply.links().isEmpty() || reply.buttons().size() + reply.links().size() <= MAX_BUTTONS
        || reply.buttons().size() > MAX_BUTTONS) {
      return reply;
    }
    return new Reply(TextFallback.withLinks(reply.text(), reply.links()), reply.buttons(), List.of());
  }

  static boolean hasTemplate(JsonNode body) {
    return body.path("message").has("attachment");
  }

  private List<ObjectNode> textOnly(String userId, String text, Reply reply) {
    return textParts(userId, TextFallback.withLinks(TextFallback.numbered(text, reply.buttons()), reply.links()));
  }

  private List<ObjectNode> textParts(String userId, String text) {
    List<ObjectNode> bodies = new ArrayList<>();
    for (String part : TextSplitter.split(text, TEXT_LIMIT)) {
      bodies.add(text(userId, part));
    }
    return bodies;
  }

  private static boolean fitsTemplate(Reply reply) {
    if (reply.buttons().size() + reply.links().size() > MAX_BUTTONS) {
      return false;
    }
    for (Button b : reply.buttons()) {
      if (b.label().length() > TITLE_LIMIT || b.payload().length() > PAYLOAD_LIMIT) {
        return false;
      }
    }
    return reply.links().stream().allMatch(l -> l.title().length() <= TITLE_LIMIT);
  }

  private static ObjectNode text(String userId, String text) {
    ObjectNode body = envelope(userId);
    body.putObject("message").put("text", text);
    return body;
  }

  private static ObjectNode template(String userId, String text, Reply reply) {
    ObjectNode body = envelope(userId);
    ObjectNode message = body.putObject("message").put("text", text);
    ObjectNode attachment = message.putObject("attachment").put("type", "template");
    ArrayNode buttons = attachment.putObject("payload").putArray("buttons");
    for (Button b : reply.buttons()) {
      buttons.addObject().put("title", b.label()).put("type", "oa.query.hide").put("payload", b.payload());
    }
    for (Link l : reply.links()) {
      ObjectNode button = buttons.addObject().put("title", l.title()).put("type", "oa.open.url");
      button.putObject("payload").put("url", l.url());
    }
    return body;
  }

  private static ObjectNode envelope(String userId) {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.putObject("recipient").put("user_id", userId);
    return body;
  }
}
