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
    assertThat(first.exact()).contains("hòa", "thúy", "quí", "giặt");
    assertThat(first.folded()).contains("dang", "ki", "hoa", "thuy");
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

  @Test
  void aQuestionLeavesOutPlaceNamesButEntriesKeepThem() {
    var q = pipeline().query("quê Đắk Lắk, làm căn cước ở Bình Dương đc ko", null);
    assertThat(q.folded()).containsExactly("que", "lam", "can", "cuoc", "o", "duoc", "khong");
    assertThat(q.exact()).hasSameSizeAs(q.folded());
    assertThat(pipeline().query("que dak lak lam can cuoc o binh duong", null).folded())
        .containsExactly("que", "lam", "can", "cuoc", "o");
    // one word of a name is no place ("bình" alone, "long" alone)
    assertThat(pipeline().query("long trọng bình thường", null).folded())
        .containsExactly("long", "trong", "binh", "thuong");
    assertThat(pipeline().index("hộ khẩu Long An, làm ở Bình Dương").folded())
        .contains("long", "an", "binh", "duong");
    var without = new TextPipeline(new AnalysisOptions(false, true, true, true, true, true, true,
        true, false, true, true, true), ChatAbbreviations.bundled(), Set.of());
    assertThat(without.query("ở Bình Dương", null).folded()).containsExactly("o", "binh", "duong");
  }

  @Test
  void aFillerWordKeepsItsWeightInsideAListedCompound() {
    var p = new TextPipeline(AnalysisOptions.ALL, ChatAbbreviations.bundled(),
        Set.of("chỉ", "chị", "một", "ạ", "địa chỉ", "một cửa"));
    var q = p.query("chỉ hỏi địa chỉ một cửa một lần ạ", null);
    boolean[] filler = new boolean[q.folded().size()];
    for (int i = 0; i < filler.length; i++) {
      filler[i] = p.isFiller(q.exact(), q.folded(), i);
    }
    // chỉ hỏi địa chỉ một cửa một lần ạ
    assertThat(filler).containsExactly(true, false, false, false, false, false, true, false, true);
    // typed without diacritics, the pair is compared folded
    var folded = p.query("dia chi mot cua", null);
    for (int i = 0; i < 4; i++) {
      assertThat(p.isFiller(folded.exact(), folded.folded(), i)).isFalse();
    }
    // typed with diacritics, the pair is compared as typed ("địa chị" is not "địa chỉ")
    var other = p.query("địa chị", null);
    assertThat(p.isFiller(other.exact(), other.folded(), 1)).isTrue();
    assertThat(p.isFiller("chỉ", "chi")).isTrue();
    assertThat(p.isFiller("địa chỉ", "dia chi")).isFalse(); // a compound is not itself a filler word
  }

  /**
   * A misspelt word's diacritics prove nothing: once corrected ("hônn" to "hon"), it names a
   * subject as a word typed without diacritics does. A word typed right keeps its diacritics'
   * say: "hồn" is not "hôn".
   */
  @Test
  void aCorrectedWordNamesASubjectDespiteTheDiacriticsOfItsTypo() {
    var p = new TextPipeline(AnalysisOptions.ALL, ChatAbbreviations.bundled(), Set.of(),
        OffTopicPhrases.parse("ly hôn"));
    var speller = new SpellCorrector(java.util.Map.of("li", 5, "hon", 5, "thu", 5, "tuc", 5));
    var typo = p.query("thủ tục ly hônn", speller);
    assertThat(typo.folded()).containsExactly("thu", "tuc", "li", "hon");
    assertThat(p.offTopicOfQuestion(typo)).containsOnlyKeys(java.util.List.of("li", "hon"));
    assertThat(p.offTopicOfQuestion(p.query("thủ tục ly hồn", speller))).isEmpty();
    assertThat(p.offTopicOfQuestion(p.query("thu tuc ly honn", speller)))
        .containsOnlyKeys(java.util.List.of("li", "hon"));
  }
}
