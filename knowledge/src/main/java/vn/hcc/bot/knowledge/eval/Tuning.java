package vn.hcc.bot.knowledge.eval;

import java.util.List;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.search.FaqIndex;
import vn.hcc.bot.knowledge.search.SearchResult;
import vn.hcc.bot.knowledge.search.SearchSettings;

/** Grid search over ranking weights, judged by rank-1 accuracy and MRR whatever the threshold. */
final class Tuning {
  private Tuning() {}

  static void run(KnowledgeBase base, List<LabelledQuestion> questions, String which) {
    double[] grid = {0.5, 1.0, 2.0};
    SearchSettings d = SearchSettings.defaults();
    for (double ex : new double[] {0, 0.5}) {
      for (double cov : grid) {
        for (double bicov : grid) {
          report(base, questions, d.withWeights(ex, d.bigramWeight(), d.answerWeight(),
              cov, bicov, d.k1(), d.b()), "exact=" + ex + " cov=" + cov + " bicov=" + bicov);
        }
      }
    }
  }

  private static void report(KnowledgeBase base, List<LabelledQuestion> questions,
      SearchSettings settings, String name) {
    FaqIndex index = FaqIndex.build(base, settings);
    int n = 0;
    int rank1 = 0;
    double rr = 0;
    for (LabelledQuestion q : questions) {
      if (!q.inScope()) {
        continue;
      }
      n++;
      SearchResult r = index.search(q.q(), q.staff(), 5);
      for (int k = 0; k < r.hits().size(); k++) {
        if (q.expect().contains(r.hits().get(k).entry().id())) {
          rank1 += k == 0 ? 1 : 0;
          rr += 1.0 / (k + 1);
          break;
        }
      }
    }
    System.out.printf("%-40s rank-1 %.3f  MRR %.3f%n", name, (double) rank1 / n, rr / n);
  }
}
