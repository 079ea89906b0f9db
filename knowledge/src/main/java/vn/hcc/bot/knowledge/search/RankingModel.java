package vn.hcc.bot.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How candidate entries are ordered for a question: a weighted sum of what the ranker measures
 * about each one. The weights are fitted on the project's labelled questions (each wrong candidate
 * paired with the right one, see the evaluation tool's {@code learn} mode) and bundled as
 * {@code ranking.properties}; without that file the hand-set weights apply.
 */
public record RankingModel(double[] weights) {
  /**
   * bm25: Lucene's score relative to the best candidate's; coverage: the question's words the
   * entry's phrasings use, weighed by rarity; bigramCoverage: its word pairs they use;
   * phrasingCoverage: the most of it one phrasing covers; keyMatch: how rare the rarest shared
   * word is; answerCoverage: the question's words the answer text uses; canonicalCoverage: the
   * question's words the canonical question uses; staffEntry: a staff member asking and a
   * staff-only entry.
   */
  public static final String[] FEATURES = {"bm25", "coverage", "bigramCoverage",
      "phrasingCoverage", "keyMatch", "answerCoverage", "canonicalCoverage", "staffEntry"};

  /** The weights the project set by hand before it fitted them. */
  public static final RankingModel HAND_SET =
      new RankingModel(new double[] {1, 1, 1, 1, 0, 0, 0, 0.15});

  public RankingModel {
    if (weights.length != FEATURES.length) {
      throw new IllegalArgumentException(
          "a ranking model needs " + FEATURES.length + " weights, got " + weights.length);
    }
    weights = weights.clone();
  }

  public static RankingModel bundled() {
    try (InputStream in = RankingModel.class.getResourceAsStream("ranking.properties")) {
      if (in == null) {
        return HAND_SET;
      }
      var p = new Properties();
      p.load(in);
      double[] w = new double[FEATURES.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = Double.parseDouble(p.getProperty(FEATURES[i], "0"));
      }
      return new RankingModel(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a feature sits in {@link #FEATURES}. */
  static int position(String feature) {
    int i = java.util.Arrays.asList(FEATURES).indexOf(feature);
    if (i < 0) {
      throw new IllegalArgumentException("no ranking feature " + feature);
    }
    return i;
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  double score(double[] features) {
    double z = 0;
    for (int i = 0; i < features.length; i++) {
      z += weights[i] * features[i];
    }
    return z;
  }
}
