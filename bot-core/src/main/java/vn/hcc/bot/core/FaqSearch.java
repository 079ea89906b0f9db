package vn.hcc.bot.core;

import java.util.List;

/**
 * The result of looking up a question: the closest entries, best first, and whether the top one is
 * confident enough to answer with ({@code answered=false} means the bot should decline).
 */
public record FaqSearch(boolean answered, List<FaqMatch> matches) {
  public FaqSearch {
    matches = List.copyOf(matches);
  }
}
