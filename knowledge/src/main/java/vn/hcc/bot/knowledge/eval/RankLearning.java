package vn.hcc.bot.knowledge.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.search.FaqIndex;
import vn.hcc.bot.knowledge.search.RankingModel;
import vn.hcc.bot.knowledge.search.SearchHit;
import vn.hcc.bot.knowledge.search.SearchResult;
import vn.hcc.bot.knowledge.search.SearchSettings;

/**
 * Fits the ranking model's weights from labelled questions: each wrong candidate is paired with
 * the right one and a logistic model learns which a weight vector puts first (weights stay at or
 * above zero). Prints each set's rank-1 with the hand-set weights, with weights fitted on all
 * sets, and with weights fitted on the other sets only.
 */
final class RankLearning {
  private static final int CANDIDATES = 12;

  private RankLearning() {}

  /** One question's candidates: their order features and which of them are right. */
  record Group(double[][] x, boolean[] right) {}

  static void run(KnowledgeBase base, List<Path> sets) throws IOException {
    FaqIndex index = FaqIndex.build(base, SearchSettings.defaults());
    List<List<Group>> groups = new ArrayList<>();
    for (Path set : sets) {
      groups.add(groups(index, LabelledQuestion.read(set)));
    }
    double l2 = Double.parseDouble(System.getProperty("l2", "0.0005"));
    double[] all = fit(flatten(groups, -1), l2);
    System.out.printf("%-24s %-9s %-9s %-9s%n", "set", "hand-set", "fitted", "others");
    double sumHand = 0;
    double sumOthers = 0;
    for (int i = 0; i < sets.size(); i++) {
      double[] others = fit(flatten(groups, i), l2);
      double h = rank1(groups.get(i), RankingModel.HAND_SET.weights());
      double o = rank1(groups.get(i), others);
      sumHand += h;
      sumOthers += o;
      System.out.printf("%-24s %-9.3f %-9.3f %-9.3f%n", sets.get(i).getFileName(), h,
          rank1(groups.get(i), all), o);
    }
    System.out.printf("%-24s %-9.3f %-9s %-9.3f%n", "mean", sumHand / sets.size(), "", sumOthers / sets.size());
    for (int i = 0; i < all.length; i++) {
      System.out.printf("%s=%.4f%n", RankingModel.FEATURES[i], all[i]);
    }
  }

  /** Every in-scope question's candidates; {@code -Ddrop=feature,...} zeroes features (ablation). */
  private static List<Group> groups(FaqIndex index, List<LabelledQuestion> questions) {
    List<Group> out = new ArrayList<>();
    for (LabelledQuestion q : questions) {
      if (!q.inScope()) {
        continue;
      }
      SearchResult r = index.search(q.q(), q.staff(), CANDIDATES);
      double[][] x = new double[r.hits().size()][];
      boolean[] right = new boolean[x.length];
      for (int i = 0; i < x.length; i++) {
        SearchHit h = r.hits().get(i);
        x[i] = h.order();
        for (String drop : System.getProperty("drop", "").split(",")) {
          int k = java.util.Arrays.asList(RankingModel.FEATURES).indexOf(drop);
          if (k >= 0) {
            x[i][k] = 0;
          }
        }
        right[i] = q.expect().contains(h.entry().id());
      }
      out.add(new Group(x, right));
    }
    return out;
  }

  private static List<Group> flatten(List<List<Group>> groups, int except) {
    List<Group> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      if (i != except) {
        out.addAll(groups.get(i));
      }
    }
    return out;
  }

  /** Share of questions whose first candidate under the weights is a right one. */
  static double rank1(List<Group> groups, double[] w) {
    int hit = 0;
    for (Group g : groups) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < g.x().length; i++) {
        double s = dot(w, g.x()[i]);
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      }
      hit += best >= 0 && g.right()[best] ? 1 : 0;
    }
    return groups.isEmpty() ? 0 : (double) hit / groups.size();
  }

  /** Pairwise logistic regression, no bias, L2-regularised, weights kept at or above zero. */
  static double[] fit(List<Group> groups, double l2) {
    List<double[]> diffs = new ArrayList<>();
    for (Group g : groups) {
      for (int r = 0; r < g.x().length; r++) {
        if (!g.right()[r]) {
          continue;
        }
        for (int w = 0; w < g.x().length; w++) {
          if (!g.right()[w]) {
            double[] d = new double[g.x()[r].length];
            for (int j = 0; j < d.length; j++) {
              d[j] = g.x()[r][j] - g.x()[w][j];
            }
            diffs.add(d);
          }
        }
      }
    }
    double[] w = new double[groups.get(0).x()[0].length];
    java.util.Arrays.fill(w, 1.0);
    double rate = 1.0;
    for (int epoch = 0; epoch < 3000; epoch++) {
      double[] grad = new double[w.length];
      for (double[] d : diffs) {
        double p = 1 / (1 + Math.exp(-4 * dot(w, d)));
        for (int j = 0; j < w.length; j++) {
          grad[j] -= 4 * (1 - p) * d[j];
        }
      }
      for (int j = 0; j < w.length; j++) {
        w[j] = Math.max(0, w[j] - rate * (grad[j] / diffs.size() + l2 * w[j]));
      }
    }
    return w;
  }

  private static double dot(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += w[i] * x[i];
    }
    return z;
  }
}
