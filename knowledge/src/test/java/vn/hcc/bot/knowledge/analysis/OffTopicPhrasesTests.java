package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffTopicPhrasesTests {
  private final OffTopicPhrases phrases = OffTopicPhrases.parse("""
      # comment
      li hôn
      vé số

      biển số xe
      context:để
      context:sau khi
      context:đã
      context-end:thì
      not-context:để lại
      not-context:sao để
      di chúc
      """);

  private List<List<String>> found(String exact, String folded) {
    return List.copyOf(phrases.namedIn(List.of(exact.split(" ")), List.of(folded.split(" "))).keySet());
  }

  @Test
  void findsAPhraseTypedWithOrWithoutDiacritics() {
    assertThat(found("muốn li hôn thì làm sao", "muon li hon thi lam sao"))
        .containsExactly(List.of("li", "hon"));
    assertThat(found("muon li hon", "muon li hon")).containsExactly(List.of("li", "hon"));
    assertThat(found("đăng ký biển số xe", "dang ky bien so xe")).containsExactly(List.of("bien", "so", "xe"));
  }

  @Test
  void aWordTypedWithOtherDiacriticsIsAnotherWord() {
    assertThat(found("mã gửi về số mới", "ma gui ve so moi")).isEmpty();
    assertThat(found("mua vé số", "mua ve so")).containsExactly(List.of("ve", "so"));
  }

  /** Three folded words in a row rarely mean anything else: a mistyped tone still names the subject. */
  @Test
  void aPhraseOfThreeWordsOrMoreMatchesWhateverTheDiacritics() {
    assertThat(found("đăng ký biến sô xe", "dang ky bien so xe")).containsExactly(List.of("bien", "so", "xe"));
    assertThat(found("mua vẽ sổ", "mua ve so")).as("two words keep their diacritics").isEmpty();
  }

  @Test
  void onlyWholeWordSequencesCount() {
    assertThat(found("ly", "ly")).isEmpty();
    assertThat(found("hôn ly", "hon ly")).isEmpty();
  }

  @Test
  void namedInScansALongTextInOnePassAndFindsEachPhraseOnce() {
    String exact = "nếu đã li hôn thì mang bản án li hôn, không cần mua vé số hay biển số";
    String folded = Folding.fold(exact);
    var named = phrases.namedIn(List.of(exact.split(" ")), List.of(folded.split(" ")));
    assertThat(named.keySet()).containsExactlyInAnyOrder(List.of("li", "hon"), List.of("ve", "so"));
    assertThat(phrases.namedIn(List.of("về", "số"), List.of("ve", "so"))).isEmpty();
    assertThat(phrases.namedIn(List.of(), List.of())).isEmpty();
  }

  @Test
  void theBundledListLoads() {
    var bundled = OffTopicPhrases.bundled();
    assertThat(bundled.namedIn(List.of("nghĩa", "vụ", "quân", "sự"), List.of("nghia", "vu", "quan", "su")))
        .containsEntry(List.of("nghia", "vu", "quan", "su"), true);
    assertThat(bundled.namedIn(List.of("để", "xin", "visa"), List.of("de", "xin", "visa")))
        .containsEntry(List.of("visa"), false);
  }

  private java.util.Map<List<String>, Boolean> named(String exact) {
    return phrases.namedIn(List.of(exact.split(" ")), List.of(Folding.fold(exact).split(" ")));
  }

  @Test
  void aSubjectJustAfterAContextMarkerIsBackgroundNotTheSubject() {
    assertThat(named("muốn li hôn thì làm sao")).containsExactly(java.util.Map.entry(List.of("li", "hon"), true));
    assertThat(named("xin giấy để li hôn")).containsExactly(java.util.Map.entry(List.of("li", "hon"), false));
    // a marker reaches three words: "để" … "li hôn" with two words between
    assertThat(named("để làm thủ tục li hôn")).containsEntry(List.of("li", "hon"), false);
    assertThat(named("để hỏi thêm về thủ tục li hôn")).containsEntry(List.of("li", "hon"), true);
    // two-word markers count from their last word
    assertThat(named("sau khi li hôn")).containsEntry(List.of("li", "hon"), false);
  }

  /** An end word closes what a marker reaches: what follows "thì" is asked. */
  @Test
  void anEndWordClosesWhatAMarkerReaches() {
    var found = named("đã li hôn thì di chúc thế nào");
    assertThat(found).containsEntry(List.of("li", "hon"), false);
    assertThat(found).containsEntry(List.of("di", "chuc"), true);
    assertThat(named("đã lập di chúc")).containsEntry(List.of("di", "chuc"), false);
  }

  @Test
  void oneOccurrenceAsTheSubjectIsEnough() {
    assertThat(named("đã xin giấy để li hôn nhưng muốn li hôn đơn phương"))
        .containsEntry(List.of("li", "hon"), true);
    assertThat(named("muốn li hôn đơn phương thì xin giấy gì để li hôn"))
        .containsEntry(List.of("li", "hon"), true);
  }

  @Test
  void aMarkerTypedWithOtherDiacriticsIsNoMarker() {
    // "dễ" is not "để"
    assertThat(named("li hôn có dễ không")).containsEntry(List.of("li", "hon"), true);
    assertThat(named("dễ li hôn không")).containsEntry(List.of("li", "hon"), true);
    assertThat(named("de li hon")).containsEntry(List.of("li", "hon"), false);
  }

  @Test
  void wordsThatOnlyBeginWithAMarkerAreNone() {
    // "để lại" is "leave behind": the will is what is asked about
    assertThat(named("ông mất không để lại di chúc thì chia đất thế nào"))
        .containsEntry(List.of("di", "chuc"), true);
    assertThat(named("lập di chúc để chia đất")).containsEntry(List.of("di", "chuc"), true);
    assertThat(named("xin trích lục để làm di chúc")).containsEntry(List.of("di", "chuc"), false);
    // "làm sao để": how to do what follows
    assertThat(named("làm sao để lập di chúc")).containsEntry(List.of("di", "chuc"), true);
  }
}
