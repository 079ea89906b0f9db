package vn.hcc.bot.knowledge;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated, immutable set of entries and their categories. */
public final class KnowledgeBase {
  private final Map<String, FaqEntry> entries;
  private final List<Category> categories;

  private KnowledgeBase(List<Category> categories, List<FaqEntry> entries) {
    var byId = new LinkedHashMap<String, FaqEntry>();
    for (FaqEntry e : entries) {
      byId.put(e.id(), e);
    }
    this.entries = java.util.Collections.unmodifiableMap(byId);
    this.categories =
        categories.stream().sorted(Comparator.comparingInt(Category::order)).toList();
  }

  /** Builds a knowledge base, or throws {@link KnowledgeBaseException} listing every problem. */
  public static KnowledgeBase of(List<Category> categories, List<SourcedEntry> entries) {
    List<String> problems = new EntryValidator().validate(categories, entries);
    if (!problems.isEmpty()) {
      throw new KnowledgeBaseException(problems);
    }
    return new KnowledgeBase(categories, entries.stream().map(SourcedEntry::entry).toList());
  }

  public List<FaqEntry> entries() {
    return List.copyOf(entries.values());
  }

  public List<Category> categories() {
    return categories;
  }

  public Optional<FaqEntry> get(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public Optional<Category> category(String id) {
    return categories.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public int size() {
    return entries.size();
  }

  /** An entry with the place it came from, so that errors can name the file. */
  public record SourcedEntry(String source, FaqEntry entry) {}
}
