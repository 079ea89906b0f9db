package vn.hcc.bot.app.admin.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.hcc.bot.app.admin.support.InvalidInput;
import vn.hcc.bot.knowledge.FaqEntry;

/** Diffs between versions and rollback, computed from the changes stored in the version log. */
public class VersionService {
  private final VersionLog log;
  private final KnowledgeEditor editor;

  public VersionService(VersionLog log, KnowledgeEditor editor) {
    this.log = log;
    this.editor = editor;
  }

  /** Entries added, removed and changed (field by field) going from version {@code a} to {@code b}. */
  public Map<String, Object> diff(int a, int b) {
    check(a);
    check(b);
    Map<String, FaqEntry[]> span = span(Math.min(a, b), Math.max(a, b));
    List<Object> added = new ArrayList<>();
    List<Object> removed = new ArrayList<>();
    List<Object> changed = new ArrayList<>();
    span.forEach((id, pair) -> {
      FaqEntry from = a <= b ? pair[0] : pair[1];
      FaqEntry to = a <= b ? pair[1] : pair[0];
      if (Objects.equals(from, to)) {
        return;
      }
      if (from == null) {
        added.add(EntryJson.toMap(to));
      } else if (to == null) {
        removed.add(EntryJson.toMap(from));
      } else {
        changed.add(Map.of("id", id, "fields", fields(from, to)));
      }
    });
    return Map.of("from", a, "to", b, "added", added, "removed", removed, "changed", changed);
  }

  /** Makes the base what it was at {@code version}; the rollback itself is a new version. */
  public EditResult rollback(int version) {
    check(version);
    synchronized (editor) {
      Map<String, FaqEntry> target = new LinkedHashMap<>();
      editor.base().entries().forEach(e -> target.put(e.id(), e));
      span(version, log.current()).forEach((id, pair) -> {
        if (pair[0] == null) {
          target.remove(id);
        } else {
          target.put(id, pair[0]);
        }
      });
      List<EntryRules.Row> upserts = new ArrayList<>();
      target.values().forEach(e -> upserts.add(new EntryRules.Row(0, e)));
      Set<String> deletes = new java.util.HashSet<>();
      editor.base().entries().stream().map(FaqEntry::id)
          .filter(id -> !target.containsKey(id)).forEach(deletes::add);
      return editor.apply(new Edit("rollback", "rollback to version " + version, upserts, deletes));
    }
  }

  /** Per id touched between the versions: the entry before the first change and after the last. */
  private Map<String, FaqEntry[]> span(int from, int to) {
    Map<String, FaqEntry[]> out = new LinkedHashMap<>();
    for (List<Change> changes : log.changesBetween(from, to)) {
      for (Change c : changes) {
        out.computeIfAbsent(c.id(), k -> new FaqEntry[] {c.before(), null})[1] = c.after();
      }
    }
    return out;
  }

  private static List<Map<String, Object>> fields(FaqEntry from, FaqEntry to) {
    Map<String, Object> f = EntryJson.toMap(from);
    Map<String, Object> t = EntryJson.toMap(to);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String k : f.keySet()) {
      if (!Objects.equals(f.get(k), t.get(k))) {
        Map<String, Object> m = new HashMap<>();
        m.put("field", k);
        m.put("before", f.get(k));
        m.put("after", t.get(k));
        out.add(m);
      }
    }
    return out;
  }

  private void check(int version) {
    if (version < 0 || version > log.current()) {
      throw InvalidInput.of("version", "no version " + version + "; versions are 0 to " + log.current());
    }
  }
}
