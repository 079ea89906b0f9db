package vn.hcc.bot.core.engine;

import java.util.ArrayList;
import java.util.List;
import vn.hcc.bot.core.FaqMatch;
import vn.hcc.bot.core.FaqSearch;

/**
 * What to do with a search result: answer the top entry, ask which of a few close entries is meant,
 * or decline and show the closest topics.
 */
record SearchDecision(Kind kind, List<FaqMatch> matches) {
  enum Kind {
    ANSWER,
    CLARIFY,
    DECLINE
  }

  static final int MAX_CHOICES = 3;
  static final double DOMINANT = EngineSettings.DOMINANT_CONFIDENCE;

  FaqMatch top() {
    return matches.isEmpty() ? null : matches.get(0);
  }

  static SearchDecision of(FaqSearch search, double margin, double floor) {
    List<FaqMatch> matches = search.matches();
    if (matches.isEmpty()) {
      return new SearchDecision(Kind.DECLINE, List.of());
    }
    FaqMatch top = matches.get(0);
    if (search.answered()) {
      List<FaqMatch> close = within(matches, top.confidence() - margin);
      return close.size() >= 2 && top.confidence() < DOMINANT
          ? new SearchDecision(Kind.CLARIFY, close)
          : new SearchDecision(Kind.ANSWER, List.of(top));
    }
    if (top.confidence() >= floor) {
      return new SearchDecision(Kind.CLARIFY, within(matches, Math.max(floor - margin, 0.0)));
    }
    return new SearchDecision(Kind.DECLINE, first(matches, MAX_CHOICES));
  }

  private static List<FaqMatch> within(List<FaqMatch> matches, double atLeast) {
    List<FaqMatch> out = new ArrayList<>();
    for (FaqMatch m : matches) {
      if (out.size() < MAX_CHOICES && m.confidence() >= atLeast) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<FaqMatch> first(List<FaqMatch> matches, int n) {
    return List.copyOf(matches.subList(0, Math.min(n, matches.size())));
  }
}
