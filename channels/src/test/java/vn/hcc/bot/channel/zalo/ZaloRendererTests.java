package vn.hcc.bot.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Link;
import vn.hcc.bot.core.Reply;

class ZaloRendererTests {
  private final ZaloRenderer renderer = new ZaloRenderer();

  @Test
  void rendersPlainText() {
    assertThat(json(renderer.render("u1", Reply.text("Xin chào"))))
        .containsExactly("{\"recipient\":{\"user_id\":\"u1\"},\"message\":{\"text\":\"Xin chào\"}}");
  }

  @Test
  void rendersButtonsAsHiddenQueriesAndLinksAsOpenUrl() {
    Reply reply = new Reply("Anh/Chị hỏi về thủ tục nào?",
        List.of(new Button("Cấp hộ chiếu", "faq:passport"), new Button("Hữu ích", "rate:passport:up")),
        List.of(new Link("Cổng DVC", "https://dichvucong.gov.vn")));
    assertThat(json(renderer.render("u1", reply))).containsExactly(
        "{\"recipient\":{\"user_id\":\"u1\"},\"message\":{\"text\":\"Anh/Chị hỏi về thủ tục nào?\","
            + "\"attachment\":{\"type\":\"template\",\"payload\":{\"buttons\":["
            + "{\"title\":\"Cấp hộ chiếu\",\"type\":\"oa.query.hide\",\"payload\":\"faq:passport\"},"
            + "{\"title\":\"Hữu ích\",\"type\":\"oa.query.hide\",\"payload\":\"rate:passport:up\"},"
            + "{\"title\":\"Cổng DVC\",\"type\":\"oa.open.url\",\"payload\":{\"url\":\"https://dichvucong.gov.vn\"}}"
            + "]}}}}");
  }

  @Test
  void fallsBackToANumberedListWhenThereAreTooManyButtons() {
    List<Button> six = List.of(new Button("A", "faq:a"), new Button("B", "faq:b"), new Button("C", "faq:c"),
        new Button("D", "faq:d"), new Button("E", "faq:e"), new Button("F", "faq:f"));
    List<ObjectNode> bodies = renderer.render("u1", Reply.withButtons("Chọn:", six));
    assertThat(bodies).hasSize(1);
    assertThat(bodies.get(0).path("message").path("text").asString())
        .isEqualTo("Chọn:\n\nAnh/Chị gõ số thứ tự để chọn:\n1. A\n2. B\n3. C\n4. D\n5. E\n6. F");
    assertThat(ZaloRenderer.hasTemplate(bodies.get(0))).isFalse();
  }

  /** The usual answer: three related entries, 👍, 👎 and two official links. */
  @Test
  void linksMoveIntoTheTextWhenTheyWouldCrowdTheChoicesOut() {
    List<Button> five = List.of(new Button("Hộ chiếu", "faq:a"), new Button("VNeID", "faq:b"),
        new Button("Bưu chính", "faq:c"), new Button("👍 Hữu ích", "rate:up:x"), new Button("👎 Chưa đúng", "rate:down:x"));
    Reply reply = new Reply("Trả lời.", five, List.of(new Link("Cổng DVC", "https://dichvucong.gov.vn"),
        new Link("VNeID", "https://vneid.gov.vn")));
    List<ObjectNode> bodies = renderer.render("u1", reply);
    assertThat(bodies).hasSize(1);
    assertThat(ZaloRenderer.hasTemplate(bodies.get(0))).isTrue();
    var message = bodies.get(0).path("message");
    assertThat(message.path("text").asString())
        .isEqualTo("Trả lời.\n\nCổng DVC: https://dichvucong.gov.vn\nVNeID: https://vneid.gov.vn");
    var buttons = message.path("attachment").path("payload").path("buttons");
    assertThat(buttons.size()).isEqualTo(5);
    buttons.forEach(b -> assertThat(b.path("type").asString()).isEqualTo("oa.query.hide"));
    // if Zalo still refuses the template, the numbered list does not repeat the links
    var text = renderer.fallback("u1", bodies.get(0), reply).get(0).path("message").path("text").asString();
    assertThat(text.split("dichvucong", -1)).hasSize(2);
    assertThat(text).contains("1. Hộ chiếu").contains("5. 👎 Chưa đúng");
  }

  @Test
  void splitsLongTextAndPutsButtonsOnTheLastPart() {
    String longText = ("Dòng hướng dẫn khá dài về thủ tục hành chính.\n").repeat(100);
    List<ObjectNode> bodies = renderer.render("u1", Reply.withButtons(longText, List.of(new Button("Menu", "menu"))));
    assertThat(bodies).hasSizeGreaterThan(2);
    assertThat(bodies).allSatisfy(b -> assertThat(b.path("message").path("text").asString().length())
        .isLessThanOrEqualTo(ZaloRenderer.TEXT_LIMIT));
    assertThat(bodies.subList(0, bodies.size() - 1)).noneMatch(ZaloRenderer::hasTemplate);
    assertThat(ZaloRenderer.hasTemplate(bodies.get(bodies.size() - 1))).isTrue();
  }

  private static List<String> json(List<ObjectNode> bodies) {
    return bodies.stream().map(ObjectNode::toString).toList();
  }
}
