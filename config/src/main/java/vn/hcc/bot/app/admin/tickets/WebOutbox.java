package vn.hcc.bot.app.admin.tickets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.support.AtomicFiles;
import vn.hcc.bot.app.admin.support.Json;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.privacy.PersonalDataEraser;

/**
 * Answers for web-chat users, who have no push channel: kept in {@code outbox/web.json} until the
 * visitor's browser acknowledges it has shown them. Each message gets a number that only grows;
 * the web chat asks for what is waiting and says the highest number it has shown ({@link #pending}),
 * so an answer lost on the way (a dropped response, a closed tab) is sent again. "/xoadulieu"
 * from the web chat also removes what is still waiting for that visitor.
 */
public class WebOutbox implements PersonalDataEraser {
  /** One waiting answer and its number. */
  public record Message(long id, String text) {}

  private final Path file;
  private final Map<String, List<Message>> pending = new LinkedHashMap<>();
  private long next = 1;

  public WebOutbox(Path file) {
    this.file = file;
    JsonNode root = Json.readFile(file);
    if (root == null) {
      return;
    }
    // the first format was {"user": ["text", ...]}, handed over without acknowledgement
    JsonNode users = root.has("users") ? root.path("users") : root;
    users.properties().forEach(e -> {
      List<Message> list = new ArrayList<>();
      e.getValue().forEach(v -> list.add(v.isString()
          ? new Message(next++, v.asString())
          : new Message(v.path("id").asLong(), v.path("text").asString())));
      pending.put(e.getKey(), list);
    });
    next = Math.max(next, root.path("next").asLong(1));
    for (List<Message> list : pending.values()) {
      for (Message m : list) {
        next = Math.max(next, m.id() + 1);
      }
    }
  }

  public synchronized void put(String userId, String text) {
    pending.computeIfAbsent(userId, k -> new ArrayList<>()).add(new Message(next++, text));
    save();
  }

  /**
   * Drops this visitor's messages numbered up to {@code shown} (the browser has shown them) and
   * returns those still waiting, oldest first.
   */
  public synchronized List<Message> pending(String userId, long shown) {
    List<Message> list = pending.get(userId);
    if (list == null) {
      return List.of();
    }
    if (list.removeIf(m -> m.id() <= shown)) {
      if (list.isEmpty()) {
        pending.remove(userId);
      }
      save();
    }
    return List.copyOf(list);
  }

  /** The texts still waiting for a visitor (shown or not, until acknowledged). */
  public synchronized List<String> waiting(String userId) {
    return pending.getOrDefault(userId, List.of()).stream().map(Message::text).toList();
  }

  @Override
  public synchronized void erase(ConversationKey key, String userHash) {
    if ("web".equals(key.channel()) && pending.remove(key.userId()) != null) {
      save();
    }
  }

  private void save() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("next", next);
    root.put("users", pending);
    AtomicFiles.write(file, Json.pretty(root));
  }
}
