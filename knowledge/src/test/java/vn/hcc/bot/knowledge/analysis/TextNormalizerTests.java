package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTests {
  @Test
  void decomposedTextEqualsPrecomposedText() {
    String nfd = Normalizer.normalize("Thủ tục cấp Hộ chiếu ở đâu", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Thủ tục cấp Hộ chiếu ở đâu");
    assertThat(TextNormalizer.normalize(nfd)).isEqualTo("thủ tục cấp hộ chiếu ở đâu");
  }

  @Test
  void deprecatedToneCodePointsAndWindows1258MixesAreComposed() {
    assertThat(TextNormalizer.normalize("ca\u0341c")).isEqualTo("các");
    assertThat(TextNormalizer.normalize("ê\u0301")).isEqualTo("ế");
  }

  @Test
  void controlAndFormatCharactersBecomeSpaces() {
    assertThat(TextNormalizer.normalize("hồ\u0000sơ\u200Bmới\tnhé")).isEqualTo("hồ sơ mới nhé");
  }

  @Test
  void nullIsEmpty() {
    assertThat(TextNormalizer.normalize(null)).isEmpty();
  }
}
