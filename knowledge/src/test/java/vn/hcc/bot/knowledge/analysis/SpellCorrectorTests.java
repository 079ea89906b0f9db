package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellCorrectorTests {
  private final SpellCorrector speller = new SpellCorrector(Map.of(
      "cong", 40, "con", 5, "tuc", 30, "thu", 30, "thuy", 2, "ngay", 12, "chieu", 8, "nghieng", 3));

  @Test
  void correctsOneEditIncludingSwaps() {
    assertThat(speller.correct("cogn")).isEqualTo("cong");
    assertThat(speller.correct("tucc")).isEqualTo("tuc");
    assertThat(speller.correct("ngayy")).isEqualTo("ngay");
    assertThat(speller.correct("chiue")).isEqualTo("chieu");
  }

  @Test
  void allowsTwoEditsOnLongWords() {
    assertThat(speller.correct("ngiieng")).isEqualTo("nghieng");
  }

  @Test
  void leavesKnownShortAndFarWordsAlone() {
    assertThat(speller.correct("cong")).isNull();
    assertThat(speller.correct("xy")).isNull();
    assertThat(speller.correct("bitcoin")).isNull();
    assertThat(speller.correct("2024")).isNull();
    assertThat(speller.correct("nhieu")).as("a real syllable the base lacks").isNull();
  }

  @Test
  void correctsAForeignLookingWordOnlyToAnotherForeignWord() {
    var withHach = new SpellCorrector(java.util.Map.of("hach", 3, "zalo", 1, "cong", 5));
    assertThat(withHach.correct("hack")).as("'ck' is never Vietnamese").isNull();
    assertThat(withHach.correct("zaloo")).as("a foreign word's typo").isEqualTo("zalo");
    assertThat(withHach.correct("cong")).isNull();
    assertThat(withHach.correct("fong")).as("f first: foreign, and 'cong' is not").isNull();
    assertThat(withHach.correct("congj")).as("a Telex tone key left inside").isEqualTo("cong");
    assertThat(withHach.correct("hacch")).isEqualTo("hach");
  }

  @Test
  void prefersTheMoreFrequentWordAtEqualDistance() {
    assertThat(speller.correct("tthu")).isEqualTo("thu");
  }
}
