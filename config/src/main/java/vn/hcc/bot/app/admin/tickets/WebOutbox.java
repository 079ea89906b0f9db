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
 * web chat takes them ({@link #take}) to show on the user's next visit. "/xoadulieu" from the
 * web chat also removes what is still waiting for that visitor.
 */
public class WebOutbox implements PersonalDataEraser {
  private final Path file;
  private final Map<String, List<String>> pending = new LinkedHashMap<>();

  public WebOutbox(Path file) {
    this.file = file;
    JsonNode root = Json.readFile(file);
    if (root != null) {
      root.properties().forEach(e -> {
        List<String> list = new ArrayList<>();
        e.getValue().forEach(v -> list.add(v.asString()));
        pending.put(e.getKey(), list);
      });
    }
  }

  public synchronized void put(String userId, String text) {
    pending.computeIfAbsent(userId, k -> new ArrayList<>()).add(text);
    AtomicFiles.write(file, Json.pretty(pending));
  }

  /** The waiting messages of a web user, removed from the outbox. */
  public synchronized List<String> take(String userId) {
    List<String> out = pending.remove(userId);
    if (out != null) {
      AtomicFiles.write(file, Json.pretty(pending));
    }
    return out == null ? List.of() : out;
  }

  @Override
  public synchronized void erase(ConversationKey key, String userHash) {
    if ("web".equals(key.channel()) && pending.remove(key.userId()) != null) {
      AtomicFiles.write(file, Json.pretty(pending));
    }
  }
}
