package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTests {
  @Test
  void removesEveryMarkAndMapsDToD() {
    assertThat(Folding.fold("đăng ký hộ chiếu ở đâu")).isEqualTo("dang ky ho chieu o dau");
    assertThat(Folding.fold("Đường ưởng ỹ")).isEqualTo("Duong uong y");
  }

  @Test
  void foldsAllVietnameseVowelForms() {
    String vowels = "aăâeêioôơuưy";
    String tones = "\u0300\u0301\u0309\u0303\u0323";
    for (char v : vowels.toCharArray()) {
      for (char t : tones.toCharArray()) {
        String letter = java.text.Normalizer.normalize("" + v + t, java.text.Normalizer.Form.NFC);
        assertThat(Folding.fold(letter)).matches("[aeiouy]");
      }
    }
  }
}
