package vn.hcc.bot.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Confidence that the top entry answers the question, as the product of two logistic models fitted
 * on the project's labelled questions (see the evaluation tool): is the question within the
 * knowledge base's scope at all (how much of it the entry covers, how much is unknown), and is this
 * entry the right one rather than a close neighbour (its margin over the next).
 */
public record ConfidenceModel(double[] scope, double[] rank) {
  public static final String[] SCOPE_FEATURES =
      {"bias", "coverage", "bigramCoverage", "normScore", "unknown", "keyMatch", "keyCoverage",
       "phrasingCoverage"};
  public static final String[] RANK_FEATURES = {"bias", "gap", "relative", "coverage"};

  public static ConfidenceModel bundled() {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream("confidence.properties")) {
      if (in == null) {
        return new ConfidenceModel(new double[] {-4, 6, 2, 0, -2, 0, 0, 0}, new double[] {0, 6, 0, 0});
      }
      var p = new Properties();
      p.load(in);
      return new ConfidenceModel(read(p, "scope.", SCOPE_FEATURES), read(p, "rank.", RANK_FEATURES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] read(Properties p, String prefix, String[] names) {
    double[] w = new double[names.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Double.parseDouble(p.getProperty(prefix + names[i], "0"));
    }
    return w;
  }

  public double confidence(Features f) {
    return sigmoid(scope, f.scopeVector()) * sigmoid(rank, f.rankVector());
  }

  static double sigmoid(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += w[i] * x[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** What the models look at for one hit. */
  public record Features(double coverage, double bigramCoverage, double normScore, double gap,
      double relative, double unknown, double keyMatch, double keyCoverage,
      double phrasingCoverage) {
    public double[] scopeVector() {
      return new double[] {1.0, coverage, bigramCoverage, normScore, unknown, keyMatch, keyCoverage,
          phrasingCoverage};
    }

    public double[] rankVector() {
      return new double[] {1.0, gap, relative, coverage};
    }
  }
}
