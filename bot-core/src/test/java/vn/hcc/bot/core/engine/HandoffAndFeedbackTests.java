package vn.hcc.bot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.ticket.Ticket;
import vn.hcc.bot.core.ticket.TicketStatus;

class HandoffAndFeedbackTests {
  private final EngineFixture fixture = new EngineFixture();

  @ParameterizedTest
  @ValueSource(strings = {"gặp cán bộ", "gap can bo", "tổng đài", "nói chuyện với người thật",
      "cho tôi gặp cán bộ với"})
  void handsOverToAPersonWithHotlineAndHours(String text) {
    fixture.citizen().user("làm hộ chiếu").user(text)
        .expectReplyContaining("chuyển yêu cầu", "1900 0000", "7h30");
    assertThat(fixture.handoffs.list()).hasSize(1);
    assertThat(fixture.handoffs.list().get(0).topicId()).isEqualTo("passport.apply");
    assertThat(fixture.notifiedHandoffs).hasSize(1);
    assertThat(fixture.log.entries().get(fixture.log.entries().size() - 1).outcome())
        .isEqualTo(OutcomeType.HANDOFF);
  }

  @Test
  void theHumanButtonHandsOverToo() {
    fixture.citizen().press("human").expectReplyContaining("1900 0000");
    assertThat(fixture.notifiedHandoffs).hasSize(1);
  }

  @Test
  void aFailingStaffNotifierStillGivesTheHotline() {
    var engine = DefaultConversationEngine.builder().lookup(fixture.lookup).log(fixture.log)
        .staffNotifier(h -> {
          throw new IllegalStateException("telegram down");
        }).build();
    vn.hcc.bot.core.testing.ConversationScript.with(engine).user("gặp cán bộ")
        .expectReplyContaining("1900 0000");
  }

  @Test
  void feedbackIsGuidedToANumberedTicket() {
    var script = fixture.citizen().user("phản ánh")
        .expectReplyContaining("nhập nội dung phản ánh")
        .user("Thủ tục đăng ký hộ kinh doanh yêu cầu quá nhiều bản sao. Số tôi 0912345678.")
        .expectReplyContaining("để lại số điện thoại hoặc email")
        .expectButton("fb:skip", "fb:cancel")
        .press("fb:skip")
        .expectReplyContaining("1. Nội dung: Thủ tục đăng ký hộ kinh doanh", "(không để lại)")
        .expectButton("fb:ok", "fb:cancel")
        .press("fb:ok")
        .expectReplyContaining("Đã ghi nhận phản ánh, kiến nghị số PA-");
    Ticket ticket = fixture.tickets.list().get(0);
    assertThat(ticket.number()).matches("PA-\\d{8}-0001");
    assertThat(script.text()).contains(ticket.number());
    assertThat(ticket.content()).contains("0912345678");
    assertThat(ticket.contact()).isNull();
    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    assertThat(ticket.userHash()).isNotBlank();
    assertThat(fixture.notifiedTickets).containsExactly(ticket);
    assertThat(fixture.log.entries()).noneMatch(e -> e.text() != null && e.text().contains("0912345678"));
  }

  @Test
  void feedbackKeepsATypedContactAndAcceptsATypedConfirmation() {
    fixture.citizen().user("kiến nghị")
        .user("Nên cho nộp lệ phí qua ví điện tử")
        .user("email: a.nguyen@example.vn")
        .expectReplyContaining("2. Liên hệ: email: a.nguyen@example.vn")
        .user("xác nhận")
        .expectReplyContaining("PA-");
    assertThat(fixture.tickets.list().get(0).contact()).isEqualTo("email: a.nguyen@example.vn");
  }

  @Test
  void typingHuyCancelsAtAnyStep() {
    fixture.citizen().user("góp ý quy định").user("hủy").expectReplyContaining("Đã hủy phản ánh");
    fixture.citizen().press("feedback").user("nội dung").user("huỷ").expectReplyContaining("Đã hủy");
    fixture.citizen().user("phản ánh").user("nội dung").press("fb:skip").user("Hủy")
        .expectReplyContaining("Đã hủy");
    assertThat(fixture.tickets.list()).isEmpty();
  }

  @Test
  void aConfirmationFromAnExpiredFlowIsNotAcceptedTwice() {
    var script = fixture.citizen().user("phản ánh").user("nội dung").press("fb:skip").press("fb:ok");
    script.press("fb:ok").expectReplyContaining("hết hạn");
    assertThat(fixture.tickets.list()).hasSize(1);
  }
}
