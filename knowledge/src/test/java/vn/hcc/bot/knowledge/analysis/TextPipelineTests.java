package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextPipelineTests {
  private static TextPipeline pipeline() {
    return new TextPipeline(AnalysisOptions.ALL, ChatAbbreviations.bundled(), Set.of());
  }

  @Test
  void indexingRemembersWordFormsAndGivesTheSameWordsAsAFreshPipeline() {
    TextPipeline warm = pipeline();
    String text = "Đăng ký khai sinh cho con: hoà giải, thuý, quý, giặt — ĐĂNG KÝ lại";
    var first = warm.index(text);
    int remembered = warm.rememberedForms();
    assertThat(remembered).isPositive();
    assertThat(warm.index(text)).isEqualTo(first); // from what it remembered
    assertThat(warm.rememberedForms()).isEqualTo(remembered);
    assertThat(pipeline().index(text)).isEqualTo(first);
    assertThat(first.exact()).contains("hòa", "thúy", "quý", "giặt");
    assertThat(first.folded()).contains("dang", "ky", "hoa", "thuy");
  }

  @Test
  void questionsReadTheRememberedFormsButNeverAddToThem() {
    TextPipeline p = pipeline();
    p.index("hộ chiếu phổ thông");
    int remembered = p.rememberedForms();
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      var b = new StringBuilder();
      for (int k = 0; k < 30; k++) {
        b.append((char) ('a' + random.nextInt(26))).append(k % 4 == 0 ? " " : "");
      }
      p.query(b.toString(), null);
    }
    assertThat(p.rememberedForms()).isEqualTo(remembered);
    assertThat(p.query("hộ chiếu", null).folded()).containsExactly("ho", "chieu");
  }
}
