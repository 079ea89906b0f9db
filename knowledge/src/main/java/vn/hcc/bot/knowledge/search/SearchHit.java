package vn.hcc.bot.knowledge.search;

import java.util.List;
import vn.hcc.bot.knowledge.FaqEntry;

/**
 * One ranked entry: its raw score, its calibrated confidence in [0, 1], and the (folded) words of
 * the question that the entry's phrasings contain, which explains the match.
 */
public record SearchHit(
    FaqEntry entry,
    double score,
    double confidence,
    List<String> matchedWords,
    ConfidenceModel.Features features,
    double[] order) {

  /** What ordered this hit among the others, in {@link RankingModel#FEATURES} order. */
  @Override
  public double[] order() {
    return order.clone();
  }
}
