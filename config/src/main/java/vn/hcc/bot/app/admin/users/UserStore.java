package vn.hcc.bot.app.admin.users;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.support.AtomicFiles;
import vn.hcc.bot.app.admin.support.Json;

/** Users in {@code users.json} under the data dir, rewritten atomically, readable by the owner only. */
public final class UserStore {
  private final Path file;
  private final Map<String, UserAccount> users = new LinkedHashMap<>();

  public UserStore(Path file) {
    this.file = file;
    JsonNode root = Json.readFile(file);
    if (root != null) {
      for (JsonNode n : root.path("users")) {
        var u = new UserAccount(n.path("username").asString(), n.path("passwordHash").asString(),
            Role.parse(n.path("role").asString()), Instant.parse(n.path("createdAt").asString()));
        users.put(u.username(), u);
      }
    }
  }

  public synchronized List<UserAccount> list() {
    return new ArrayList<>(users.values());
  }

  public synchronized Optional<UserAccount> find(String username) {
    return Optional.ofNullable(users.get(username));
  }

  public synchronized boolean isEmpty() {
    return users.isEmpty();
  }

  public synchronized void put(UserAccount user) {
    users.put(user.username(), user);
    save();
  }

  public synchronized boolean remove(String username) {
    boolean removed = users.remove(username) != null;
    if (removed) {
      save();
    }
    return removed;
  }

  public synchronized long count(Role role) {
    return users.values().stream().filter(u -> u.role() == role).count();
  }

  private void save() {
    var list = users.values().stream().map(u -> Map.of("username", u.username(),
        "passwordHash", u.passwordHash(), "role", u.role().name(),
        "createdAt", u.createdAt().toString())).toList();
    AtomicFiles.write(file, Json.pretty(Map.of("users", list)));
  }
}
