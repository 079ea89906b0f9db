package vn.hcc.bot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTests {
  private final EngineFixture fixture = new EngineFixture();

  @ParameterizedTest
  @ValueSource(strings = {"chào", "xin chào", "hi", "alo", "chao ad", "Xin chào ạ!", "Chào bạn nhé", "/start"})
  void greetsAndOffersCategories(String greeting) {
    fixture.citizen().user(greeting)
        .expectReplyContaining("Xin chào Anh/Chị")
        .expectButton("cat:xnc", "cat:hotich");
  }

  @Test
  void aGreetingFollowedByAQuestionIsAQuestion() {
    fixture.citizen().user("chào ad, cho hỏi làm hộ chiếu thế nào")
        .expectReplyContaining("Tờ khai mẫu TK01")
        .expectNoReplyContaining("Xin chào Anh/Chị");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cảm ơn", "cam on", "thanks", "tks", "Cảm ơn bạn nhiều ạ", "ok"})
  void acknowledgesThanks(String thanks) {
    fixture.citizen().user(thanks).expectReplyContaining("không có gì");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tạm biệt", "bye", "hẹn gặp lại"})
  void saysGoodbye(String bye) {
    fixture.citizen().user(bye).expectReplyContaining("Chúc Anh/Chị một ngày tốt lành");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bạn là ai", "ban la ai?", "bạn là ai vậy"})
  void saysWhoItIs(String who) {
    fixture.citizen().user(who).expectReplyContaining("Trợ lý Hành chính công", "gặp cán bộ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/help", "/menu", "menu", "trợ giúp", "tro giup"})
  void showsTheMenuThenACategoryThenAnEntry(String command) {
    fixture.citizen().user(command)
        .expectReplyContaining("Anh/Chị chọn nhóm thủ tục")
        .expectButton("cat:xnc", "cat:cutru", "cat:hotich", "cat:dvc")
        .press("cat:xnc")
        .expectReplyContaining("Xuất nhập cảnh")
        .expectButton("faq:passport.apply", "faq:passport.fee", "menu")
        .press("faq:passport.fee")
        .expectReplyContaining("200.000 đồng");
  }

  @Test
  void staffOnlyEntriesAreNotListedForCitizens() {
    fixture.citizen().press("cat:dvc").expectButton("faq:dvc.track").expectNoButton("faq:staff.procedure");
  }

  @Test
  void aTypedNumberChoosesFromTheLastOfferedList() {
    fixture.citizen().user("menu").user("1")
        .expectReplyContaining("Xuất nhập cảnh")
        .expectButton("faq:passport.apply")
        .user("1")
        .expectReplyContaining("Tờ khai mẫu TK01");
  }

  @Test
  void aNumberOutsideTheListIsTreatedAsText() {
    fixture.citizen().user("menu").user("9").expectSomeReply();
  }

  @Test
  void anUnknownButtonGetsTheMenu() {
    fixture.citizen().press("zzz:nothing").expectReplyContaining("đã hết hạn").expectButton("cat:xnc");
  }

  @Test
  void theFirstMessageOfAUserCarriesThePrivacyNoticeOnce() {
    var script = fixture.newcomer().user("làm hộ chiếu");
    assertThat(script.replies().get(0).text()).contains("12 tháng", "/xoadulieu", "đã che");
    script.expectReplyContaining("Tờ khai mẫu TK01");
    script.user("làm hộ chiếu").expectNoReplyContaining("/xoadulieu");
  }
}
