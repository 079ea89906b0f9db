package vn.hcc.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Link;

class TextTests {

  @Test
  void keepsShortTextWhole() {
    assertThat(TextSplitter.split("Xin chào", 10)).containsExactly("Xin chào");
  }

  @Test
  void splitsAtLineBreaksUnderTheLimit() {
    String text = "dòng một\ndòng hai\ndòng ba";
    assertThat(TextSplitter.split(text, 18)).containsExactly("dòng một\ndòng hai", "dòng ba");
  }

  @Test
  void splitsALongLineAtASpaceAndEveryPartFits() {
    String text = "a ".repeat(3000);
    List<String> parts = TextSplitter.split(text, 2000);
    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(String.join(" ", parts).replace(" ", "")).hasSize(3000);
  }

  @Test
  void neverCutsASurrogatePair() {
    String text = "x" + "😀".repeat(10);
    List<String> parts = TextSplitter.split(text, 4);
    assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
    assertThat(String.join("", parts)).isEqualTo(text);
  }

  @Test
  void rendersButtonsAsANumberedList() {
    String text =
        TextFallback.numbered(
            "Anh/Chị muốn hỏi thủ tục nào?",
            List.of(new Button("Cấp hộ chiếu", "faq:1"), new Button("Đăng ký khai sinh", "faq:2")));
    assertThat(text)
        .isEqualTo(
            "Anh/Chị muốn hỏi thủ tục nào?\n\nAnh/Chị gõ số thứ tự để chọn:\n1. Cấp hộ chiếu\n2. Đăng ký khai sinh");
  }

  @Test
  void rendersLinksAsTitleAndUrlLines() {
    assertThat(TextFallback.withLinks("Xem thêm", List.of(new Link("Cổng DVC", "https://dichvucong.gov.vn"))))
        .isEqualTo("Xem thêm\n\nCổng DVC: https://dichvucong.gov.vn");
  }

  @Test
  void adapterTextsAreBundled() {
    assertThat(ChannelTexts.get("unsupported.media")).startsWith("Dạ, hiện em chỉ đọc được tin nhắn chữ.");
  }
}
