package vn.hcc.bot.app.admin.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.support.AtomicFiles;
import vn.hcc.bot.app.admin.support.Json;

/**
 * Versions in {@code kb/versions.jsonl}, one line per change holding only the entries it touched
 * (before and after), so that a change to one entry of a 1,000-entry base stays small. Any past
 * state is the current one with later changes undone.
 */
public final class VersionLog {
  private final Path file;
  private final Clock clock;
  private final List<VersionInfo> versions = new ArrayList<>();

  public VersionLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
    forEachLine(n -> versions.add(info(n)));
  }

  public synchronized List<VersionInfo> list() {
    return List.copyOf(versions);
  }

  public synchronized int current() {
    return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
  }

  public synchronized VersionInfo append(String user, String action, String summary, List<Change> changes) {
    int added = 0;
    int deleted = 0;
    List<Map<String, Object>> list = new ArrayList<>();
    for (Change c : changes) {
      added += c.before() == null ? 1 : 0;
      deleted += c.after() == null ? 1 : 0;
      var m = new LinkedHashMap<String, Object>();
      m.put("id", c.id());
      m.put("before", c.before() == null ? null : EntryJson.toMap(c.before()));
      m.put("after", c.after() == null ? null : EntryJson.toMap(c.after()));
      list.add(m);
    }
    var v = new VersionInfo(current() + 1, clock.instant().toString(), user, action, summary,
        added, changes.size() - added - deleted, deleted);
    var line = new LinkedHashMap<String, Object>(Json.MAPPER.convertValue(v, Map.class));
    line.put("changes", list);
    AtomicFiles.appendLine(file, Json.line(line));
    versions.add(v);
    return v;
  }

  /** The changes of versions {@code from+1 .. to}, oldest first. */
  public List<List<Change>> changesBetween(int from, int to) {
    List<List<Change>> out = new ArrayList<>();
    forEachLine(n -> {
      int v = n.path("version").asInt();
      if (v > from && v <= to) {
        out.add(changes(n));
      }
    });
    return out;
  }

  private static List<Change> changes(JsonNode n) {
    List<Change> out = new ArrayList<>();
    for (JsonNode c : n.path("changes")) {
      out.add(new Change(c.path("id").asString(), entry(c.get("before")), entry(c.get("after"))));
    }
    return out;
  }

  private static vn.hcc.bot.knowledge.FaqEntry entry(JsonNode n) {
    return n == null || n.isNull() ? null : EntryJson.fromNode(n);
  }

  private static VersionInfo info(JsonNode n) {
    return new VersionInfo(n.path("version").asInt(), n.path("time").asString(),
        n.path("user").asString(), n.path("action").asString(), n.path("summary").asString(),
        n.path("added").asInt(), n.path("updated").asInt(), n.path("deleted").asInt());
  }

  private void forEachLine(java.util.function.Consumer<JsonNode> action) {
    if (!Files.exists(file)) {
      return;
    }
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.isBlank()).forEach(l -> action.accept(Json.MAPPER.readTree(l)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
