package vn.hcc.bot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PrivacyTests {
  private final EngineFixture fixture = new EngineFixture();

  @ParameterizedTest
  @ValueSource(strings = {"/xoadulieu", "xóa dữ liệu của tôi", "xoa du lieu"})
  void deletesTheUsersDataAfterConfirmation(String command) {
    var script = fixture.citizen().user("làm hộ chiếu").user("phản ánh").user("Nội dung góp ý")
        .user("0912345678").press("fb:ok").user("gặp cán bộ");
    String hash = fixture.engine.userHash(script.key());
    assertThat(fixture.log.entries()).anyMatch(e -> hash.equals(e.userHash()));

    script.user(command).expectReplyContaining("Việc xóa không thể hoàn tác").expectButton("erase:ok")
        .press("erase:ok").expectReplyContaining("Đã xóa dữ liệu");

    assertThat(fixture.log.entries()).noneMatch(e -> hash.equals(e.userHash()));
    assertThat(fixture.store.load(script.key())).isEmpty();
    assertThat(fixture.tickets.list()).singleElement().satisfies(t -> {
      assertThat(t.userHash()).isNull();
      assertThat(t.contact()).isNull();
    });
    assertThat(fixture.handoffs.list()).isEmpty();
    // Nothing remembers the user, so the next message shows the privacy notice again.
    script.user("chào").expectReplyContaining("/xoadulieu");
  }

  @Test
  void typedConfirmationWorksAndCancelKeepsTheData() {
    var script = fixture.citizen().user("làm hộ chiếu");
    String hash = fixture.engine.userHash(script.key());
    script.user("/xoadulieu").user("hủy").expectReplyContaining("Đã hủy yêu cầu xóa");
    assertThat(fixture.log.entries()).anyMatch(e -> hash.equals(e.userHash()));
    script.user("xoa du lieu").user("đồng ý").expectReplyContaining("Đã xóa dữ liệu");
    assertThat(fixture.log.entries()).noneMatch(e -> hash.equals(e.userHash()));
  }

  @Test
  void anotherMessageWhileConfirmingIsHandledNormally() {
    fixture.citizen().user("/xoadulieu").user("làm hộ chiếu").expectReplyContaining("Tờ khai");
  }
}
