package vn.hcc.bot.app.admin.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.support.AtomicFiles;
import vn.hcc.bot.app.admin.support.Json;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.KnowledgeBase;

/**
 * Admin edits stored as differences from the bundled seed in {@code kb/overrides.json}: entries
 * added or changed ({@code upserts}) and seed ids removed ({@code deleted}). A new release's seed
 * corrections thus still reach entries nobody edited.
 */
public final class KbOverrides {
  public static final String FILE = "kb/overrides.json";

  private KbOverrides() {}

  /** The seed with the stored edits applied, validated exactly as at start-up. */
  public static KnowledgeBase load(KnowledgeBase seed, Path dataDir) {
    JsonNode root = Json.readFile(dataDir.resolve(FILE));
    if (root == null) {
      return seed;
    }
    Map<String, KnowledgeBase.SourcedEntry> byId = new LinkedHashMap<>();
    for (FaqEntry e : seed.entries()) {
      byId.put(e.id(), new KnowledgeBase.SourcedEntry("bundled", e));
    }
    for (JsonNode id : root.path("deleted")) {
      byId.remove(id.asString());
    }
    for (JsonNode n : root.path("upserts")) {
      FaqEntry e = EntryJson.fromNode(n);
      byId.put(e.id(), new KnowledgeBase.SourcedEntry(dataDir.resolve(FILE).toString(), e));
    }
    return KnowledgeBase.of(seed.categories(), new ArrayList<>(byId.values()));
  }

  /** Stores {@code current} as its differences from {@code seed}, atomically. */
  public static void save(Path dataDir, KnowledgeBase seed, List<FaqEntry> current) {
    Set<String> present = new HashSet<>();
    List<Map<String, Object>> upserts = new ArrayList<>();
    for (FaqEntry e : current) {
      present.add(e.id());
      if (!seed.get(e.id()).map(e::equals).orElse(false)) {
        upserts.add(EntryJson.toMap(e));
      }
    }
    List<String> deleted = seed.entries().stream().map(FaqEntry::id)
        .filter(id -> !present.contains(id)).toList();
    AtomicFiles.write(dataDir.resolve(FILE),
        Json.pretty(Map.of("upserts", upserts, "deleted", deleted)));
  }
}
