package vn.hcc.bot.knowledge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.search.ConfidenceModel;
import vn.hcc.bot.knowledge.search.FaqIndex;
import vn.hcc.bot.knowledge.search.SearchHit;
import vn.hcc.bot.knowledge.search.SearchResult;
import vn.hcc.bot.knowledge.search.SearchSettings;

/**
 * Fits the confidence model: a logistic regression predicting "the top hit is a right answer" from
 * the top hit's features, over the labelled set. Prints the weights for {@code confidence.properties},
 * cross-validated figures, and the figures at several thresholds.
 */
final class Calibration {
  private Calibration() {}

  static void run(KnowledgeBase base, List<LabelledQuestion> questions) {
    FaqIndex index = FaqIndex.build(base, SearchSettings.defaults());
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (LabelledQuestion q : questions) {
      SearchResult r = index.search(q.q(), q.staff(), 5);
      if (r.hits().isEmpty()) {
        continue;
      }
      SearchHit top = r.hits().get(0);
      x.add(top.features().vector());
      y.add(q.inScope() && q.expect().contains(top.entry().id()) ? 1 : 0);
    }
    double[] w = fit(x, y);
    System.out.println("# fitted on " + x.size() + " questions");
    for (int i = 0; i < w.length; i++) {
      System.out.printf("%s=%.4f%n", ConfidenceModel.FEATURES[i], w[i]);
    }
    crossValidate(base, questions);
    for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
      var settings = SearchSettings.defaults().withModel(new ConfidenceModel(w)).withThreshold(t);
      Scores s = Evaluate.evaluate(base, questions, settings, false);
      System.out.println(s.row("threshold " + t));
    }
  }

  /** Five folds: fit on four, score the fifth; prints the pooled figures. */
  private static void crossValidate(KnowledgeBase base, List<LabelledQuestion> questions) {
    List<LabelledQuestion> shuffled = new ArrayList<>(questions);
    java.util.Collections.shuffle(shuffled, new Random(7));
    FaqIndex index = FaqIndex.build(base, SearchSettings.defaults());
    Scores pooled = new Scores();
    int folds = 5;
    for (int k = 0; k < folds; k++) {
      List<double[]> x = new ArrayList<>();
      List<Integer> y = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        if (i % folds == k) {
          continue;
        }
        LabelledQuestion q = shuffled.get(i);
        SearchResult r = index.search(q.q(), q.staff(), 5);
        if (!r.hits().isEmpty()) {
          x.add(r.hits().get(0).features().vector());
          y.add(q.inScope() && q.expect().contains(r.hits().get(0).entry().id()) ? 1 : 0);
        }
      }
      var settings = SearchSettings.defaults().withModel(new ConfidenceModel(fit(x, y)));
      FaqIndex foldIndex = FaqIndex.build(base, settings);
      for (int i = k; i < shuffled.size(); i += folds) {
        LabelledQuestion q = shuffled.get(i);
        pooled.add(q, foldIndex.search(q.q(), q.staff(), 5));
      }
    }
    System.out.println("5-fold cross-validated:");
    System.out.print(pooled.summary());
  }

  static double[] fit(List<double[]> x, List<Integer> y) {
    int d = ConfidenceModel.FEATURES.length;
    double[] w = new double[d];
    double rate = 0.5;
    double l2 = 0.001;
    for (int epoch = 0; epoch < 4000; epoch++) {
      double[] grad = new double[d];
      for (int i = 0; i < x.size(); i++) {
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += w[j] * x.get(i)[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = p - y.get(i);
        for (int j = 0; j < d; j++) {
          grad[j] += err * x.get(i)[j];
        }
      }
      for (int j = 0; j < d; j++) {
        w[j] -= rate * (grad[j] / x.size() + (j == 0 ? 0 : l2 * w[j]));
      }
    }
    return w;
  }
}
