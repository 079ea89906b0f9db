package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatAbbreviationsTests {
  private final ChatAbbreviations abbreviations = ChatAbbreviations.bundled();

  private String expand(String text) {
    return String.join(" ", abbreviations.expand(Arrays.asList(text.split(" "))));
  }

  @Test
  void expandsChatWords() {
    assertThat(expand("ko dc thì làm j")).isEqualTo("không được thì làm gì");
    assertThat(expand("làm ntn")).isEqualTo("làm như thế nào");
  }

  @Test
  void expandsDomainAcronyms() {
    assertThat(expand("làm cccd")).isEqualTo("làm căn cước công dân");
    assertThat(expand("nộp hs trên dvc")).isEqualTo("nộp hồ sơ trên dịch vụ công");
    assertThat(expand("đổi gplx")).isEqualTo("đổi giấy phép lái xe");
  }

  @Test
  void readsTheWordAroundAnAmbiguousAbbreviation() {
    assertThat(expand("quên mk dvc")).isEqualTo("quên mật khẩu dịch vụ công");
    assertThat(expand("quen mk")).isEqualTo("quen mật khẩu");
    assertThat(expand("mk muốn hỏi")).isEqualTo("mình muốn hỏi");
    assertThat(expand("tt phí online")).isEqualTo("thanh toán phí trực tuyến");
    assertThat(expand("cập nhật tt cá nhân")).isEqualTo("cập nhật thông tin cá nhân");
    assertThat(expand("làm tt bên một cửa")).isEqualTo("làm thủ tục bên một cửa");
    assertThat(expand("tt đăng ký kết hôn")).isEqualTo("thủ tục đăng ký kết hôn");
    // the household book people still name is permanent residence; "xuất khẩu" stays export
    assertThat(expand("xóa hộ khẩu")).isEqualTo("xóa hộ khẩu thường trú");
    assertThat(expand("nhập khẩu cho con")).isEqualTo("nhập khẩu thường trú cho con");
    assertThat(expand("xuất khẩu lao động")).isEqualTo("xuất khẩu lao động");
  }

  @Test
  void leavesOrdinaryWordsAlone() {
    assertThat(abbreviations.expand(List.of("hộ", "chiếu"))).containsExactly("hộ", "chiếu");
  }

  @Test
  void rejectsAMalformedLine() throws Exception {
    var in = new ByteArrayInputStream("ko không\n".getBytes(StandardCharsets.UTF_8));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChatAbbreviations.parse(in))
        .hasMessageContaining("line 1");
  }
}
