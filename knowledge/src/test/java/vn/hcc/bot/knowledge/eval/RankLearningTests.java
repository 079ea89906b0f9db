package vn.hcc.bot.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankLearningTests {
  /**
   * Questions whose right candidate always has the higher second feature, while the first feature
   * favours a wrong one half of the time: equal weights rank badly, fitted weights learn to trust
   * the second feature.
   */
  @Test
  void learnsWhichFeatureTellsTheRightCandidate() {
    Random random = new Random(3);
    List<RankLearning.Group> groups = new ArrayList<>();
    for (int q = 0; q < 200; q++) {
      double[][] x = new double[3][];
      boolean[] right = new boolean[3];
      for (int c = 0; c < 3; c++) {
        right[c] = c == 0;
        double telling = right[c] ? 0.6 + 0.2 * random.nextDouble() : 0.4 * random.nextDouble();
        double noise = random.nextDouble() * (right[c] || q % 2 == 0 ? 0.3 : 1.0);
        x[c] = new double[] {noise, telling};
      }
      groups.add(new RankLearning.Group(x, right));
    }
    double before = RankLearning.rank1(groups, new double[] {1, 1});
    double[] w = RankLearning.fit(groups, 0.0005);
    assertThat(RankLearning.rank1(groups, w)).isEqualTo(1.0).isGreaterThan(before);
    assertThat(w[1]).isGreaterThan(w[0]);
    assertThat(java.util.Arrays.stream(w).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
  }
}
