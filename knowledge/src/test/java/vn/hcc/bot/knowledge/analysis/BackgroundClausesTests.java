package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackgroundClausesTests {
  private static final TextPipeline PIPELINE =
      new TextPipeline(AnalysisOptions.ALL, ChatAbbreviations.bundled(), Set.of());

  /** The words of a question that the pipeline marks as background, in order. */
  private static List<String> background(String question) {
    var w = PIPELINE.query(question, null);
    List<String> out = new ArrayList<>();
    w.background().stream().forEach(i -> out.add(w.exact().get(i)));
    return out;
  }

  @Test
  void whatTheAskerHasAlreadyDoneIsBackgroundUpToAnEndWord() {
    assertThat(background("đã xin giấy xác nhận độc thân rồi, giờ đi đăng ký kết hôn cần gì"))
        .containsExactly("xin", "giấy", "xác", "nhận", "độc", "thân");
    assertThat(background("da xin giay xac nhan doc than roi gio di dang ky ket hon can gi"))
        .containsExactly("xin", "giay", "xac", "nhan", "doc", "than");
    assertThat(background("vừa nộp hồ sơ kết hôn thì bao lâu có giấy"))
        .containsExactly("nộp", "hồ", "sơ", "kết", "hôn");
  }

  @Test
  void aTimeInThePastOpensAClause() {
    assertThat(background("hôm qua em nộp hồ sơ ở phường, giờ xem tiến độ ở đâu"))
        .containsExactly("em", "nộp", "hồ", "sơ", "ở", "phường");
    assertThat(background("tuan truoc toi nop ho so. gio tra cuu o dau"))
        .containsExactly("toi", "nop", "ho", "so");
  }

  @Test
  void punctuationAndReachCloseAClause() {
    assertThat(background("em vừa làm khai sinh cho con. Thẻ bảo hiểm y tế của cháu đâu"))
        .containsExactly("làm", "khai", "sinh", "cho", "con");
    assertThat(background("tôi đã ở đây làm công nhân gần mười năm liền với vợ con, giờ đổi căn cước"))
        .hasSize(BackgroundClauses.REACH);
  }

  /** Background comes before what is asked: a clause that nothing closes is the question. */
  @Test
  void aClauseThatRunsToTheEndIsWhatIsAsked() {
    assertThat(background("xem mức phí đã giảm khi nộp online của từng thủ tục ở đâu")).isEmpty();
    assertThat(background("xem muc phi da giam khi nop online cua tung thu tuc o dau")).isEmpty();
    assertThat(background("phí đã giảm khi nộp trực tuyến thì xem ở đâu"))
        .containsExactly("giảm", "khi", "nộp", "trực", "tuyến");
  }

  @Test
  void aPassiveANumberOrAGreetingIsNoBackground() {
    // "đã được số hóa", "nay đã 22" are what is asked about
    assertThat(background("giấy khai sinh đã được số hóa thì có phải mang không")).isEmpty();
    assertThat(background("giấy hẹn ghi ngày 15 mà nay đã 22 vẫn chưa có gì")).isEmpty();
    // "da em chao" is "dạ em chào", not "đã"
    assertThat(background("da em chao anh chi, cho em hoi lam can cuoc o dau")).isEmpty();
    // typed with diacritics, "dạ" is no marker at all
    assertThat(background("dạ xin giấy xác nhận độc thân ở đâu")).isEmpty();
    // typed with diacritics, "đã" before a greeting word is still a marker
    assertThat(background("đã cho con đi học thì cần gì")).containsExactly("cho", "con", "đi", "học");
  }

  @Test
  void aPlaceLeftOutKeepsTheClauseBreakAfterIt() {
    assertThat(background("đã ở Đắk Lắk, làm căn cước ở đâu")).containsExactly("ở");
    assertThat(background("đã ở Đắk Lắk làm căn cước rồi, giờ đổi ở đâu"))
        .containsExactly("ở", "làm", "căn", "cước");
  }

  @Test
  void aMalformedLineIsRefusedWithTheLine() {
    assertThatThrownBy(() -> BackgroundClauses.parse("marker đã"))
        .hasMessageContaining("marker đã");
    assertThatThrownBy(() -> BackgroundClauses.parse("opener: đã"))
        .hasMessageContaining("opener");
    assertThatThrownBy(() -> BackgroundClauses.parse("end: bây giờ"))
        .hasMessageContaining("one word");
  }
}
