package vn.hcc.bot.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.core.ConversationEngine;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;

/**
 * The web-chat channel: one synchronous turn per request, through the same engine, sessions and
 * question log as Zalo and Telegram.
 */
@RestController
public class ChatController {
  static final int MAX_USER_ID = 128;
  static final int MAX_TEXT = 10_000;
  private final ConversationEngine engine;

  public ChatController(ConversationEngine engine) {
    this.engine = engine;
  }

  /** The request body; {@code messageId} is optional and makes a resent request harmless. */
  public record ChatRequest(String userId, String text, String payload, String messageId) {}

  @PostMapping("/api/v1/chat")
  Map<String, Object> chat(@RequestBody ChatRequest req) {
    if (req == null || req.userId() == null || req.userId().isBlank()) {
      throw ApiError.badRequest("field 'userId' is required: a stable id for this visitor");
    }
    if (req.userId().length() > MAX_USER_ID) {
      throw ApiError.badRequest("field 'userId' is too long: at most " + MAX_USER_ID + " characters");
    }
    if (req.text() == null && req.payload() == null) {
      throw ApiError.badRequest("send 'text' (what the user typed) or 'payload' (a pressed button)");
    }
    if ((req.text() != null && req.text().length() > MAX_TEXT)
        || (req.payload() != null && req.payload().length() > MAX_TEXT)) {
      throw ApiError.badRequest("message is too long: at most " + MAX_TEXT + " characters");
    }
    String id = req.messageId() != null && !req.messageId().isBlank() ? req.messageId()
        : UUID.randomUUID().toString();
    var key = new ConversationKey("web", req.userId());
    InboundMessage m = req.payload() != null
        ? InboundMessage.button(key, id, req.payload())
        : InboundMessage.text(key, id, req.text());
    return Map.of("replies", render(engine.handle(m)));
  }

  static List<Map<String, Object>> render(List<Reply> replies) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Reply r : replies) {
      var m = new LinkedHashMap<String, Object>();
      m.put("text", r.text());
      m.put("buttons", r.buttons().stream()
          .map(b -> Map.of("label", b.label(), "payload", b.payload())).toList());
      m.put("links", r.links().stream().map(l -> Map.of("title", l.title(), "url", l.url())).toList());
      out.add(m);
    }
    return out;
  }
}
