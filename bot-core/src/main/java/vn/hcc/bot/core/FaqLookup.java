package vn.hcc.bot.core;

import java.util.List;
import java.util.Optional;

/**
 * The engine's view of the knowledge base. The application implements it over the Lucene index;
 * tests implement it with a few lines. Entries not visible to the audience are never returned.
 */
public interface FaqLookup {
  FaqSearch search(String question, Audience audience, int limit);

  Optional<FaqAnswer> get(String id, Audience audience);

  List<FaqCategory> categories(Audience audience);

  List<FaqMatch> inCategory(String categoryId, Audience audience);
}
