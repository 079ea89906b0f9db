package vn.hcc.bot.app.admin.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.support.Actor;
import vn.hcc.bot.app.admin.support.AtomicFiles;
import vn.hcc.bot.app.admin.support.Json;

/**
 * Every change as one JSON line in {@code audit/audit.jsonl}; lines are only ever appended, each
 * forced to disk before the change is reported done.
 */
public class AuditLog {
  private final Path file;
  private final Clock clock;

  public AuditLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** Records a change by the current user; {@code before}/{@code after} are any JSON-able values. */
  public void record(String action, String target, Object before, Object after) {
    var m = new LinkedHashMap<String, Object>();
    m.put("time", clock.instant().toString());
    m.put("user", Actor.current());
    m.put("action", action);
    m.put("target", target);
    m.put("before", before);
    m.put("after", after);
    AtomicFiles.appendLine(file, Json.line(m));
  }

  /** The newest {@code limit} records, newest first, optionally only those mentioning {@code text}. */
  public List<JsonNode> recent(int limit, String text) {
    if (!Files.exists(file)) {
      return List.of();
    }
    Deque<String> last = new ArrayDeque<>();
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.isBlank() && (text == null || text.isBlank() || l.contains(text)))
          .forEach(l -> {
            last.addFirst(l);
            if (last.size() > limit) {
              last.removeLast();
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JsonNode> out = new ArrayList<>();
    for (String l : last) {
      out.add(Json.MAPPER.readTree(l));
    }
    return out;
  }

  public static Map<String, Object> summary(String what, Object value) {
    return Map.of(what, value);
  }
}
