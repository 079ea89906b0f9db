package vn.hcc.bot.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.admin.tickets.WebOutbox;
import vn.hcc.bot.core.ConversationEngine;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;

/**
 * The web-chat channel: one synchronous turn per request, through the same engine, sessions and
 * question log as Zalo and Telegram; and the messages waiting for a visitor (staff answers to
 * their feedback), which the web chat cannot receive as a push.
 *
 * <p>The visitor's {@code userId} is the only credential of the web chat, so it travels in the
 * request body (never in a URL, where proxies and access logs would keep it) and is never logged.
 */
@RestController
public class ChatController {
  static final int MAX_USER_ID = 128;
  static final int MAX_TEXT = 10_000;
  private final ConversationEngine engine;
  private final WebOutbox outbox;

  public ChatController(ConversationEngine engine, WebOutbox outbox) {
    this.engine = engine;
    this.outbox = outbox;
  }

  /** The request body; {@code messageId} is optional and makes a resent request harmless. */
  public record ChatRequest(String userId, String text, String payload, String messageId) {}

  /** The body of a request for waiting messages. */
  /** {@code shown}: the highest message number this browser has shown (0 or absent: none). */
  public record MessagesRequest(String userId, Long shown) {}

  @PostMapping("/api/v1/chat")
  Map<String, Object> chat(@RequestBody ChatRequest req) {
    requireUserId(req == null ? null : req.userId());
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

  /**
   * The messages waiting for this visitor (answers staff gave to their feedback), after dropping
   * those the browser says it has shown: {@code {"messages": [{"id": 7, "text": "…"}]}}, empty when
   * there are none. A message stays until a later call acknowledges it, so one lost on the way is
   * sent again. A POST because it changes the outbox and because the id must not appear in a URL.
   */
  @PostMapping("/api/v1/chat/messages")
  ResponseEntity<Map<String, Object>> messages(@RequestBody MessagesRequest req) {
    String userId = requireUserId(req == null ? null : req.userId());
    long shown = req.shown() == null ? 0 : req.shown();
    if (shown < 0) {
      throw ApiError.badRequest("field 'shown' must be 0 or the number of a message already shown");
    }
    List<Map<String, Object>> messages = outbox.pending(userId, shown).stream()
        .map(m -> Map.<String, Object>of("id", m.id(), "text", m.text()))
        .toList();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("messages", messages));
  }

  private static String requireUserId(String userId) {
    if (userId == null || userId.isBlank()) {
      throw ApiError.badRequest("field 'userId' is required: a stable id for this visitor");
    }
    if (userId.length() > MAX_USER_ID) {
      throw ApiError.badRequest("field 'userId' is too long: at most " + MAX_USER_ID + " characters");
    }
    return userId;
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
