package vn.hcc.bot.knowledge.search;

import java.util.List;

/** Ranked entries for a question, and whether the best one is confident enough to answer. */
public record SearchResult(boolean answered, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  public static SearchResult empty() {
    return new SearchResult(false, List.of());
  }
}
