package vn.hcc.bot.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Turns match features into a confidence in [0, 1] with a logistic model whose weights were fitted
 * on the project's labelled questions (see the evaluation tool); the answer threshold is separate.
 */
public record ConfidenceModel(double[] weights) {
  /** Feature names, in the order of {@link Features#vector()} (index 0 is the bias). */
  public static final String[] FEATURES = {"bias", "coverage", "bigramCoverage", "normScore", "gap", "relative"};

  public static ConfidenceModel bundled() {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream("confidence.properties")) {
      if (in == null) {
        return new ConfidenceModel(new double[] {-6.0, 6.0, 2.0, 1.0, 3.0, 1.0});
      }
      var p = new Properties();
      p.load(in);
      double[] w = new double[FEATURES.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = Double.parseDouble(p.getProperty(FEATURES[i], "0"));
      }
      return new ConfidenceModel(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public double confidence(Features f) {
    double[] x = f.vector();
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** What the model looks at for one hit. */
  public record Features(double coverage, double bigramCoverage, double normScore, double gap, double relative) {
    public double[] vector() {
      return new double[] {1.0, coverage, bigramCoverage, normScore, gap, relative};
    }
  }
}
