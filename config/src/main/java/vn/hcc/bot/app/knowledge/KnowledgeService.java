package vn.hcc.bot.app.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.LocalFacts;
import vn.hcc.bot.knowledge.search.FaqIndex;
import vn.hcc.bot.knowledge.search.SearchResult;
import vn.hcc.bot.knowledge.search.SearchSettings;

/**
 * The live knowledge base and its index. A change builds a complete new index and swaps one
 * reference, so a search running meanwhile finishes on the old index and never sees half of one.
 */
public class KnowledgeService {
  private final AtomicReference<FaqIndex> index = new AtomicReference<>();
  private final SearchSettings settings;
  private final LocalFacts facts;

  public KnowledgeService(KnowledgeBase base, SearchSettings settings, LocalFacts facts) {
    this(FaqIndex.build(base, settings), facts);
  }

  /** Serves an index already built; later replacements use its settings. */
  public KnowledgeService(FaqIndex built, LocalFacts facts) {
    this.settings = built.settings();
    this.facts = facts;
    this.index.set(built);
  }

  public SearchResult search(String question, boolean staff, int limit) {
    return index.get().search(question, staff, limit);
  }

  public KnowledgeBase base() {
    return index.get().base();
  }

  /** The entry if this audience may see it. */
  public Optional<FaqEntry> visible(String id, boolean staff) {
    return base().get(id).filter(e -> e.audience().visibleTo(staff));
  }

  public List<FaqEntry> entries() {
    return base().entries();
  }

  /** Replaces the whole base; the new index is complete before anyone can search it. */
  public void replace(KnowledgeBase base) {
    index.set(FaqIndex.build(base, settings));
  }

  public SearchSettings settings() {
    return settings;
  }

  public String fill(String text) {
    return facts.fill(text);
  }
}
