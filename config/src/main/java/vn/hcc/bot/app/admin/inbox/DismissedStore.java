package vn.hcc.bot.app.admin.inbox;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.support.AtomicFiles;
import vn.hcc.bot.app.admin.support.Json;

/** Group keys the staff dismissed or handled, in {@code inbox/dismissed.json}. */
public class DismissedStore {
  private final Path file;
  private final Set<String> keys = new LinkedHashSet<>();

  public DismissedStore(Path file) {
    this.file = file;
    JsonNode root = Json.readFile(file);
    if (root != null) {
      root.path("keys").forEach(k -> keys.add(k.asString()));
    }
  }

  public synchronized boolean contains(String key) {
    return keys.contains(key);
  }

  public synchronized void add(String key) {
    if (keys.add(key)) {
      AtomicFiles.write(file, Json.pretty(Map.of("keys", keys)));
    }
  }
}
