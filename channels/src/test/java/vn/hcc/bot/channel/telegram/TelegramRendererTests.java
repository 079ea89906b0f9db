package vn.hcc.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Link;
import vn.hcc.bot.core.Reply;

class TelegramRendererTests {
  private final TelegramRenderer renderer = new TelegramRenderer();

  @Test
  void rendersEscapedHtmlWithAnInlineKeyboardAndUrlButtons() throws Exception {
    Reply reply = new Reply("Phí <50.000đ> & miễn phí cho hộ nghèo",
        List.of(new Button("Hữu ích", "rate:passport:up")),
        List.of(new Link("Cổng DVC", "https://dichvucong.gov.vn")));
    List<SendMessage> messages = renderer.render("777", reply);
    assertThat(messages).hasSize(1);
    assertThat(TelegramAdapter.JSON.writeValueAsString(messages.get(0))).isEqualTo(
        "{\"chat_id\":\"777\",\"text\":\"Phí &lt;50.000đ&gt; &amp; miễn phí cho hộ nghèo\",\"parse_mode\":\"HTML\","
            + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Hữu ích\",\"callback_data\":\"rate:passport:up\"}],"
            + "[{\"text\":\"Cổng DVC\",\"url\":\"https://dichvucong.gov.vn\"}]]},\"method\":\"sendmessage\"}");
  }

  @Test
  void skipsButtonsWhoseCallbackDataExceeds64Bytes() {
    String tooLong = "faq:" + "đ".repeat(31); // 4 + 62 bytes
    Reply reply = Reply.withButtons("Chọn", List.of(new Button("Dài", tooLong), new Button("Ngắn", "faq:1")));
    SendMessage message = renderer.render("777", reply).get(0);
    assertThat(message.getReplyMarkup().toString()).contains("faq:1").doesNotContain("Dài");
    assertThat(TelegramRenderer.fitsCallbackData("x".repeat(64))).isTrue();
    assertThat(TelegramRenderer.fitsCallbackData("x".repeat(65))).isFalse();
  }

  @Test
  void splitsUnder4096CharactersAndPutsTheKeyboardOnTheLastPart() {
    String text = "Bước làm thủ tục <chi tiết>.\n".repeat(400);
    List<SendMessage> messages = renderer.render("777", Reply.withButtons(text, List.of(new Button("Menu", "menu"))));
    assertThat(messages).hasSizeGreaterThan(1);
    assertThat(messages.get(0).getReplyMarkup()).isNull();
    assertThat(messages.get(messages.size() - 1).getReplyMarkup()).isNotNull();
    assertThat(messages).allSatisfy(m -> assertThat(
        m.getText().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").length()).isLessThanOrEqualTo(4096));
  }
}
