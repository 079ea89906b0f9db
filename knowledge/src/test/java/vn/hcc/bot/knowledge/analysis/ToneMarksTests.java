package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTests {
  @ParameterizedTest
  @CsvSource({
    "hoà, hòa", "hòa, hòa", "thuý, thúy", "thúy, thúy", "khoẻ, khỏe", "thuỷ, thủy",
    "hoá, hóa", "toà, tòa", "loè, lòe",
    // closed syllables are written alike in both conventions
    "hoàng, hoàng", "thuyền, thuyền", "khoảng, khoảng",
    // qu and gi onsets keep their tone where it is
    "già, già", "giá, giá", "gì, gì", "quốc, quốc", "quyền, quyền",
    // i or y alone after l, k, m, t, s, h, qu is written i, as it may be spelt either way
    "quý, quí", "quỳ, quì", "quy, qui", "lý, lí", "ly, li", "kỹ, kĩ", "ký, kí", "mỹ, mĩ", "tỷ, tỉ",
    "sỹ, sĩ", "hy, hi",
    // other y stay: another onset, no onset, a longer rhyme
    "chi, chi", "y, y", "ý, ý", "tuy, tuy", "thủy, thủy", "ngày, ngày", "khuy, khuy", "gly, gly",
    // words without a tone and marked vowels
    "hoa, hoa", "người, người", "thuế, thuế", "khuya, khuya", "đăng, đăng",
    // a tone typed on the wrong vowel
    "chiêú, chiếu", "ngươì, người"
  })
  void placesToneOnOneConvention(String in, String out) {
    assertThat(ToneMarks.normalizeSyllable(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource({"tiêng, \u0301, tiếng", "huong, \u0301, huóng", "huơng, \u0301, huớng",
      "dang, \u0301, dáng", "gi, \u0300, gì", "qua, \u0301, quá", "ngoai, \u0300, ngoài"})
  void placesAToneOnABareSyllable(String bare, char tone, String out) {
    assertThat(ToneMarks.placeTone(bare, tone)).isEqualTo(out);
  }
}
