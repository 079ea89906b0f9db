package vn.hcc.bot.app.admin.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hcc.bot.app.admin.audit.AuditLog;
import vn.hcc.bot.app.admin.support.Actor;
import vn.hcc.bot.app.admin.support.FieldError;
import vn.hcc.bot.app.admin.support.InvalidInput;
import vn.hcc.bot.app.knowledge.KnowledgeService;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.KnowledgeBaseException;

/**
 * The only way the live base changes. One change at a time: validate everything, store the
 * overrides, record the version, then swap the index (so the bot answers with it at once) and
 * audit. A change that fails validation touches nothing.
 */
public class KnowledgeEditor {
  /** Larger changes are audited by id only; their full before/after is in the version log. */
  private static final int AUDIT_DETAIL_LIMIT = 20;

  private final KnowledgeService live;
  private final KnowledgeSeed seed;
  private final VersionLog versions;
  private final AuditLog audit;
  private final Path dataDir;

  public KnowledgeEditor(KnowledgeService live, KnowledgeSeed seed, VersionLog versions,
      AuditLog audit, Path dataDir) {
    this.live = live;
    this.seed = seed;
    this.versions = versions;
    this.audit = audit;
    this.dataDir = dataDir;
  }

  public synchronized EditResult apply(Edit edit) {
    KnowledgeBase current = live.base();
    Map<String, FaqEntry> next = new LinkedHashMap<>();
    current.entries().forEach(e -> next.put(e.id(), e));
    edit.deletes().forEach(next::remove);
    edit.upserts().forEach(r -> next.put(r.entry().id(), r.entry()));
    validate(edit, current, next);
    List<Change> changes = changes(edit, current);
    int added = (int) changes.stream().filter(c -> c.before() == null).count();
    int deleted = (int) changes.stream().filter(c -> c.after() == null).count();
    int unchanged = edit.upserts().size() - (changes.size() - deleted);
    if (changes.isEmpty()) {
      return new EditResult(versions.current(), 0, 0, unchanged, 0);
    }
    KnowledgeBase base = build(current, next);
    KbOverrides.save(dataDir, seed.base(), base.entries());
    VersionInfo v = versions.append(Actor.current(), edit.action(), edit.summary(), changes);
    live.replace(base);
    audit(edit, v, changes);
    return new EditResult(v.version(), added, changes.size() - added - deleted, unchanged, deleted);
  }

  public KnowledgeBase base() {
    return live.base();
  }

  private void validate(Edit edit, KnowledgeBase current, Map<String, FaqEntry> next) {
    List<FieldError> errors = new ArrayList<>();
    for (String id : edit.deletes()) {
      if (current.get(id).isEmpty()) {
        errors.add(new FieldError(0, "id", "no entry '" + id + "' to delete"));
      }
    }
    var referrers = EntryRules.referrers(next.values(), edit.deletes());
    if (!referrers.isEmpty()) {
      errors.add(new FieldError(0, "related", "still named as related by " + String.join(", ", referrers)
          + "; remove it from their related list first"));
    }
    errors.addAll(new EntryRules(current.categories()).checkRows(edit.upserts(), next.keySet()));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors.size() + " problem(s); nothing was changed: "
          + errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }
  }

  private static List<Change> changes(Edit edit, KnowledgeBase current) {
    List<Change> out = new ArrayList<>();
    Map<String, FaqEntry> seen = new LinkedHashMap<>();
    for (EntryRules.Row r : edit.upserts()) {
      seen.put(r.entry().id(), r.entry());
    }
    seen.forEach((id, after) -> {
      FaqEntry before = current.get(id).orElse(null);
      if (!Objects.equals(before, after)) {
        out.add(new Change(id, before, after));
      }
    });
    edit.deletes().forEach(id -> current.get(id).ifPresent(b -> out.add(new Change(id, b, null))));
    return out;
  }

  private static KnowledgeBase build(KnowledgeBase current, Map<String, FaqEntry> next) {
    try {
      return KnowledgeBase.of(current.categories(), next.values().stream()
          .map(e -> new KnowledgeBase.SourcedEntry("admin", e)).toList());
    } catch (KnowledgeBaseException e) {
      // EntryRules mirrors these rules, so this is a safety net; still report it as the client's.
      throw new InvalidInput("nothing was changed: " + e.problems().get(0),
          e.problems().stream().map(p -> new FieldError(0, "entry", p)).toList());
    }
  }

  private void audit(Edit edit, VersionInfo v, List<Change> changes) {
    String target = changes.size() == 1 ? changes.get(0).id() : changes.size() + " entries";
    if (changes.size() <= AUDIT_DETAIL_LIMIT) {
      audit.record(edit.action(), target,
          changes.stream().filter(c -> c.before() != null).map(c -> EntryJson.toMap(c.before())).toList(),
          changes.stream().filter(c -> c.after() != null).map(c -> EntryJson.toMap(c.after())).toList());
    } else {
      audit.record(edit.action(), target, Map.of("version", v.version() - 1),
          Map.of("version", v.version(), "ids", changes.stream().map(Change::id).toList()));
    }
  }
}
