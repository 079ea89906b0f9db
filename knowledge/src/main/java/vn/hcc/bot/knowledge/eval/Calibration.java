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

  /**
   * With several sets, fits on all of them and checks each set with a model fitted on the others
   * only: a set written by another hand is the honest test of how the model carries over.
   */
  static void run(KnowledgeBase base, List<LabelledQuestion> questions, List<java.nio.file.Path> sets)
      throws java.io.IOException {
    if (sets.size() < 2) {
      run(base, questions);
      return;
    }
    List<List<LabelledQuestion>> each = new ArrayList<>();
    List<LabelledQuestion> pooled = new ArrayList<>();
    for (var set : sets) {
      each.add(LabelledQuestion.read(set));
      pooled.addAll(each.get(each.size() - 1));
    }
    FaqIndex index = FaqIndex.build(base, SearchSettings.defaults());
    ConfidenceModel model = fitModel(index, pooled);
    System.out.println("# fitted on " + pooled.size() + " questions of " + sets);
    print("scope.", ConfidenceModel.SCOPE_FEATURES, model.scope());
    print("rank.", ConfidenceModel.RANK_FEATURES, model.rank());
    System.out.println("| set, model | top-1 | top-3 | MRR@5 | wrong | declined |");
    for (int i = 0; i < sets.size(); i++) {
      List<LabelledQuestion> others = new ArrayList<>();
      for (int j = 0; j < sets.size(); j++) {
        if (j != i) {
          others.addAll(each.get(j));
        }
      }
      String name = sets.get(i).getFileName().toString();
      System.out.println(Evaluate.evaluate(base, each.get(i), SearchSettings.defaults(), false)
          .row(name + ", bundled"));
      var held = SearchSettings.defaults().withModel(fitModel(index, others));
      System.out.println(Evaluate.evaluate(base, each.get(i), held, false).row(name + ", fitted on the others"));
    }
    for (double t : new double[] {0.4, 0.5, 0.6}) {
      var settings = SearchSettings.defaults().withModel(model).withThreshold(t);
      System.out.println(Evaluate.evaluate(base, pooled, settings, false).row("all, threshold " + t));
    }
  }

  static void run(KnowledgeBase base, List<LabelledQuestion> questions) {
    FaqIndex index = FaqIndex.build(base, SearchSettings.defaults());
    ConfidenceModel model = fitModel(index, questions);
    System.out.println("# fitted on " + questions.size() + " questions");
    print("scope.", ConfidenceModel.SCOPE_FEATURES, model.scope());
    print("rank.", ConfidenceModel.RANK_FEATURES, model.rank());
    crossValidate(base, questions);
    for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
      var settings = SearchSettings.defaults().withModel(model).withThreshold(t);
      Scores s = Evaluate.evaluate(base, questions, settings, false);
      System.out.println(s.row("threshold " + t));
    }
  }

  private static void print(String prefix, String[] names, double[] w) {
    for (int i = 0; i < w.length; i++) {
      System.out.printf("%s%s=%.4f%n", prefix, names[i], w[i]);
    }
  }

  /**
   * Scope model: all questions, label "in scope". Rank model: in-scope questions only, label "the
   * top hit is a right answer".
   */
  static ConfidenceModel fitModel(FaqIndex index, List<LabelledQuestion> questions) {
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    List<double[]> xr = new ArrayList<>();
    List<Integer> yr = new ArrayList<>();
    for (LabelledQuestion q : questions) {
      SearchResult r = index.search(q.q(), q.staff(), 5);
      if (r.hits().isEmpty()) {
        continue;
      }
      SearchHit top = r.hits().get(0);
      xs.add(top.features().scopeVector());
      ys.add(q.inScope() ? 1 : 0);
      if (q.inScope()) {
        xr.add(top.features().rankVector());
        yr.add(q.expect().contains(top.entry().id()) ? 1 : 0);
      }
    }
    return new ConfidenceModel(fit(xs, ys), fit(xr, yr));
  }

  /** Five folds: fit on four, score the fifth; prints the pooled figures. */
  private static void crossValidate(KnowledgeBase base, List<LabelledQuestion> questions) {
    List<LabelledQuestion> shuffled = new ArrayList<>(questions);
    java.util.Collections.shuffle(shuffled, new Random(7));
    FaqIndex index = FaqIndex.build(base, SearchSettings.defaults());
    Scores pooled = new Scores();
    int folds = 5;
    for (int k = 0; k < folds; k++) {
      List<LabelledQuestion> train = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        if (i % folds != k) {
          train.add(shuffled.get(i));
        }
      }
      var settings = SearchSettings.defaults().withModel(fitModel(index, train));
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
    int d = x.get(0).length;
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
