package vn.hcc.bot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RankingModelTests {
  @Test
  void theBundledWeightsNameEveryFeatureAndNoneIsNegative() {
    double[] w = RankingModel.bundled().weights();
    assertThat(w).hasSize(RankingModel.FEATURES.length);
    assertThat(java.util.Arrays.stream(w).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
    assertThat(w).isNotEqualTo(RankingModel.HAND_SET.weights()); // ranking.properties was read
  }

  @Test
  void aModelWithTheWrongNumberOfWeightsIsRefused() {
    assertThatThrownBy(() -> new RankingModel(new double[] {1, 2}))
        .hasMessageContaining(RankingModel.FEATURES.length + " weights");
  }

  @Test
  void scoresAreTheWeightedSumOfTheFeatures() {
    double[] w = new double[RankingModel.FEATURES.length];
    w[RankingModel.position("coverage")] = 2;
    w[RankingModel.position("canonicalCoverage")] = 1;
    double[] x = new double[w.length];
    x[RankingModel.position("coverage")] = 0.5;
    x[RankingModel.position("canonicalCoverage")] = 0.25;
    x[RankingModel.position("bm25")] = 9; // weight 0
    assertThat(new RankingModel(w).score(x)).isEqualTo(1.25);
  }

  @Test
  void theCanonicalQuestionAndTheAnswerTextAreMeasured() {
    FaqIndex index = FaqIndex.build(vn.hcc.bot.knowledge.Fixtures.small(), SearchSettings.defaults());
    int canonical = RankingModel.position("canonicalCoverage");
    int phrasing = RankingModel.position("phrasingCoverage");
    int answer = RankingModel.position("answerCoverage");
    // t.passport asks "Làm hộ chiếu phổ thông ở đâu?"; "nộp hồ sơ hộ chiếu qua mạng" is an alternate
    double[] asked = order(index, "hộ chiếu phổ thông", "t.passport");
    double[] alternate = order(index, "nộp hồ sơ hộ chiếu qua mạng", "t.passport");
    assertThat(asked[canonical]).isEqualTo(1.0);
    assertThat(alternate[phrasing]).isEqualTo(1.0);
    assertThat(alternate[canonical]).isLessThan(0.5);
    // "Bộ Công an" is in t.passport's answer only
    assertThat(order(index, "hộ chiếu bộ công an", "t.passport")[answer]).isGreaterThan(0.3);
    assertThat(order(index, "quên mật khẩu bộ công an", "t.password")[answer]).isLessThan(
        order(index, "quên mật khẩu bộ công an", "t.passport")[answer]);
  }

  private static double[] order(FaqIndex index, String q, String id) {
    return index.search(q, false, 5).hits().stream().filter(h -> h.entry().id().equals(id))
        .findFirst().orElseThrow().order();
  }
}
