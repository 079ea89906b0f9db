package vn.hcc.bot.core.engine;

import java.util.ArrayList;
import java.util.List;
import vn.hcc.bot.core.FaqMatch;
import vn.hcc.bot.core.FaqSearch;

/**
 * What to do with a search result: answer the top entry, ask which of a few close entries is meant,
 * or decline and show the closest topics.
 */
record SearchDecision(Verdict kind, List<FaqMatch> matches) {
  static final int MAX_CHOICES = 3;

  FaqMatch top() {
    return matches.isEmpty() ? null : matches.get(0);
  }

  static SearchDecision of(FaqSearch search, double margin, double floor) {
    List<FaqMatch> matches = search.matches();
    Verdict verdict = Verdict.of(search.answered(),
        matches.stream().map(FaqMatch::confidence).toList(), margin, floor);
    return switch (verdict) {
      case ANSWER -> new SearchDecision(Verdict.ANSWER, List.of(matches.get(0)));
      case CLARIFY -> new SearchDecision(Verdict.CLARIFY, search.answered()
          ? within(matches, matches.get(0).confidence() - margin)
          : within(matches, Math.max(floor - margin, 0.0)));
      case DECLINE -> new SearchDecision(Verdict.DECLINE, first(matches, MAX_CHOICES));
    };
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
