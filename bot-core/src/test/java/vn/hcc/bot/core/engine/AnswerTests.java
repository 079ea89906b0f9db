package vn.hcc.bot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.core.FaqMatch;
import vn.hcc.bot.core.FaqSearch;
import vn.hcc.bot.core.Link;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLogEntry;

class AnswerTests {
  private final EngineFixture fixture = new EngineFixture();

  @Test
  void answersWithLegalBasisLinksRelatedEntriesAndRating() {
    var script = fixture.citizen().user("Làm hộ chiếu cần gì?")
        .expectReplyContaining("Tờ khai mẫu TK01",
            "Căn cứ: Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019 (cập nhật 01/07/2025)")
        .expectButton("faq:passport.fee", "faq:passport.time", "faq:passport.online",
            "rate:up:passport.apply", "rate:down:passport.apply");
    Reply answer = script.replies().get(0);
    assertThat(answer.links()).containsExactly(
        new Link("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"));
    QuestionLogEntry logged = last();
    assertThat(logged.outcome()).isEqualTo(OutcomeType.ANSWER);
    assertThat(logged.entryId()).isEqualTo("passport.apply");
    assertThat(logged.category()).isEqualTo("xnc");
    assertThat(logged.confidence()).isEqualTo(1.0);
  }

  @Test
  void aRatingIsRecordedAgainstTheAnswerAndAcknowledged() {
    var script = fixture.citizen().user("làm hộ chiếu");
    String answerMessageId = last().messageId();
    script.press("rate:up:passport.apply").expectReplyContaining("Cảm ơn Anh/Chị đã đánh giá");
    QuestionLogEntry rating = last();
    assertThat(rating.outcome()).isEqualTo(OutcomeType.RATING);
    assertThat(rating.rating()).isEqualTo("up");
    assertThat(rating.entryId()).isEqualTo("passport.apply");
    assertThat(rating.refMessageId()).isEqualTo(answerMessageId);
    assertThat(rating.text()).isEqualTo("làm hộ chiếu");

    script.press("rate:down:passport.apply").expectReplyContaining("góp ý").expectButton("human");
    assertThat(last().rating()).isEqualTo("down");
  }

  @Test
  void aTypedNumberPicksAnAnswerButton() {
    // related entries come first (3), then 👍 and 👎
    fixture.citizen().user("làm hộ chiếu").user("4").expectReplyContaining("đã đánh giá");
    assertThat(last().rating()).isEqualTo("up");
  }

  @Test
  void asksWhichEntryIsMeantWhenTheTopMatchesAreClose() {
    fixture.citizen().user("lệ phí bao nhiêu")
        .expectReplyContaining("Anh/Chị muốn hỏi về:")
        .expectButton("faq:passport.fee", "faq:cccd.fee")
        .press("faq:cccd.fee")
        .expectReplyContaining("30.000 đồng");
  }

  @Test
  void asksWhenNotConfidentButInTheMiddleBand() {
    fixture.lookup.onQuery("thủ tục giấy tờ", new FaqSearch(false, List.of(
        new FaqMatch("birth.register", "hotich", "Đăng ký khai sinh cần giấy tờ gì?", 0.42),
        new FaqMatch("passport.apply", "xnc", "Làm hộ chiếu phổ thông cần những gì?", 0.30))));
    fixture.citizen().user("thủ tục giấy tờ")
        .expectReplyContaining("Anh/Chị muốn hỏi về:")
        .expectButton("faq:birth.register", "faq:passport.apply");
    assertThat(last().outcome()).isEqualTo(OutcomeType.CLARIFY);
  }

  @Test
  void declinesHonestlyWithClosestTopicsAndHowToReachAPerson() {
    fixture.lookup.onQuery("xin giấy phép xây dựng nhà", new FaqSearch(false, List.of(
        new FaqMatch("dvc.track", "dvc", "Tra cứu tình trạng hồ sơ thế nào?", 0.12))));
    fixture.citizen().user("xin giấy phép xây dựng nhà")
        .expectReplyContaining("chưa có câu trả lời chắc chắn", "1900 0000", "7h30")
        .expectButton("faq:dvc.track", "human");
    assertThat(last().outcome()).isEqualTo(OutcomeType.DECLINE);
    assertThat(last().entryId()).isEqualTo("dvc.track");
  }

  @Test
  void declinesWhenNothingMatchesAtAll() {
    fixture.citizen().user("thời tiết hôm nay thế nào")
        .expectReplyContaining("chưa có câu trả lời chắc chắn")
        .expectButton("human", "menu");
  }

  @Test
  void aShortFollowUpLeansOnThePreviousTopic() {
    fixture.citizen().user("làm hộ chiếu")
        .user("còn lệ phí thì sao?")
        .expectReplyContaining("200.000 đồng")
        .user("mất bao lâu")
        .expectReplyContaining("8 ngày làm việc");
  }

  @Test
  void withoutAPreviousTopicTheSameFollowUpIsAmbiguous() {
    fixture.citizen().user("còn lệ phí thì sao?").expectReplyContaining("Anh/Chị muốn hỏi về:");
  }

  @Test
  void staffSeeEntryIdsConfidencesAndStaffOnlyEntries() {
    fixture.staff().user("làm hộ chiếu").expectReplyContaining("[passport.apply · 1.00]")
        .user("quy trình tiếp nhận hồ sơ nội bộ").expectReplyContaining("Cán bộ tiếp nhận");
    fixture.citizen().user("quy trình tiếp nhận hồ sơ nội bộ")
        .expectNoReplyContaining("Cán bộ tiếp nhận", "[passport.apply");
  }

  @Test
  void everyTurnIsLoggedBeforeItsRepliesAreReturned() {
    var script = fixture.newcomer();
    for (String text : List.of("chào", "làm hộ chiếu", "lệ phí", "cảm ơn")) {
      int before = fixture.log.entries().size();
      script.user(text);
      assertThat(fixture.log.entries()).hasSize(before + 1);
    }
  }

  private QuestionLogEntry last() {
    List<QuestionLogEntry> entries = fixture.log.entries();
    return entries.get(entries.size() - 1);
  }
}
