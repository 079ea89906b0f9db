package vn.hcc.bot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hcc.bot.knowledge.Fixtures;

class FaqIndexTests {
  private static final FaqIndex INDEX = FaqIndex.build(Fixtures.small(), SearchSettings.defaults());

  private static String top(String q, boolean staff) {
    SearchResult r = INDEX.search(q, staff, 5);
    return r.hits().isEmpty() ? null : r.hits().get(0).entry().id();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "làm hộ chiếu ở đâu | t.passport",
    "lam ho chieu online | t.passport",
    "hộ chieeus làm ở đâu | t.passport",
    "quên mk dvc | t.password",
    "quen mat khau | t.password",
    "ko đăng nhập đc dvc | t.password",
    "hoà đơn lệ phí | t.hoa",
    "biên lai lệ phíi | t.hoa",
  })
  void findsTheEntryHoweverItIsTyped(String q, String id) {
    assertThat(top(q, false)).isEqualTo(id);
  }

  @Test
  void staffEntriesNeverReachCitizens() {
    SearchResult citizen = INDEX.search("quy trình tiếp nhận hồ sơ một cửa", false, 20);
    assertThat(citizen.hits()).noneMatch(h -> h.entry().id().equals("t.staff"));
    assertThat(top("quy trình tiếp nhận hồ sơ một cửa", true)).isEqualTo("t.staff");
  }

  @Test
  void wordsKnownOnlyToStaffEntriesGiveACitizenNoHitsRatherThanAnError() {
    SearchResult r = INDEX.search("phiếu hẹn sổ theo dõi", false, 5);
    assertThat(r.hits()).noneMatch(h -> h.entry().id().equals("t.staff"));
    assertThat(r.answered()).isFalse();
  }

  @Test
  void exactDiacriticsRankAboveAFoldedLookAlike() {
    SearchHit hit = INDEX.search("hộ chiếu", false, 5).hits().get(0);
    assertThat(hit.entry().id()).isEqualTo("t.passport");
    assertThat(hit.matchedWords()).contains("ho", "chieu");
  }

  @Test
  void confidenceIsBetweenZeroAndOneAndRankedFirstIsHighest() {
    SearchResult r = INDEX.search("quên mật khẩu tài khoản dịch vụ công", false, 5);
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.confidence()).isBetween(0.0, 1.0));
    assertThat(r.hits().get(0).confidence()).isGreaterThanOrEqualTo(r.hits().get(r.hits().size() - 1).confidence());
  }

  @Test
  void unrelatedQuestionsAreNotAnswered() {
    assertThat(INDEX.search("giá bitcoin hôm nay bao nhiêu", false, 5).answered()).isFalse();
    assertThat(INDEX.search("", false, 5).hits()).isEmpty();
  }

  @Test
  void hostileInputNeverThrows() {
    Random random = new Random(42);
    List<String> inputs = new ArrayList<>(List.of("", " ", "*", "?", "\"", "(", ")", "AND OR NOT",
        "title:x^2~ \\", "a".repeat(10_000), "😀🎉", "\u0000\u0001", "<script>alert(1)</script>",
        "' OR 1=1 --", "hộ chiếu ".repeat(2000), "\uD800", "{locality.hotline}"));
    for (int i = 0; i < 300; i++) {
      var b = new StringBuilder();
      int len = random.nextInt(200);
      for (int k = 0; k < len; k++) {
        b.append((char) random.nextInt(0xFFFF));
      }
      inputs.add(b.toString());
    }
    for (String q : inputs) {
      SearchResult r = INDEX.search(q, random.nextBoolean(), 1 + random.nextInt(20));
      assertThat(r).isNotNull();
    }
  }
}
