package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffTopicPhrasesTests {
  private final OffTopicPhrases phrases = OffTopicPhrases.parse("""
      # comment
      ly hôn
      vé số

      biển số xe
      """);

  private List<List<String>> found(String exact, String folded) {
    return List.copyOf(phrases.namedIn(List.of(exact.split(" ")), List.of(folded.split(" "))));
  }

  @Test
  void findsAPhraseTypedWithOrWithoutDiacritics() {
    assertThat(found("muốn ly hôn thì làm sao", "muon ly hon thi lam sao"))
        .containsExactly(List.of("ly", "hon"));
    assertThat(found("muon ly hon", "muon ly hon")).containsExactly(List.of("ly", "hon"));
    assertThat(found("đăng ký biển số xe", "dang ky bien so xe")).containsExactly(List.of("bien", "so", "xe"));
  }

  @Test
  void aWordTypedWithOtherDiacriticsIsAnotherWord() {
    assertThat(found("mã gửi về số mới", "ma gui ve so moi")).isEmpty();
    assertThat(found("mua vé số", "mua ve so")).containsExactly(List.of("ve", "so"));
  }

  @Test
  void onlyWholeWordSequencesCount() {
    assertThat(found("ly", "ly")).isEmpty();
    assertThat(found("hôn ly", "hon ly")).isEmpty();
  }

  @Test
  void namedInScansALongTextInOnePassAndFindsEachPhraseOnce() {
    String exact = "nếu đã ly hôn thì mang bản án ly hôn, không cần mua vé số hay biển số";
    String folded = Folding.fold(exact);
    var named = phrases.namedIn(List.of(exact.split(" ")), List.of(folded.split(" ")));
    assertThat(named).containsExactlyInAnyOrder(List.of("ly", "hon"), List.of("ve", "so"));
    assertThat(phrases.namedIn(List.of("biến", "số", "xe"), List.of("bien", "so", "xe"))).isEmpty();
    assertThat(phrases.namedIn(List.of(), List.of())).isEmpty();
  }

  @Test
  void theBundledListLoads() {
    var bundled = OffTopicPhrases.bundled();
    assertThat(bundled.namedIn(List.of("nghĩa", "vụ", "quân", "sự"), List.of("nghia", "vu", "quan", "su")))
        .containsExactly(List.of("nghia", "vu", "quan", "su"));
  }
}
