package vn.hcc.bot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;

class AdminInboxReportTests extends AdminTestBase {
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  /** A day far from today so that other tests' chat turns do not change the counts. */
  static final LocalDate DAY = LocalDate.of(2024, 3, 12);

  @Autowired
  QuestionLog log;

  private void turn(int n, String channel, String text, OutcomeType o, String entryId, Double conf, String rating) {
    Instant t = DAY.atTime(9, 0).atZone(VN).toInstant().plusSeconds(n);
    String category = entryId == null ? null : entryId.substring(0, entryId.indexOf('.'));
    log.append(new QuestionLogEntry(t, channel, "u" + n, "m" + n, text, o, entryId, category, conf, rating,
        null, 50, null, null));
  }

  @Test
  void groupsUnansweredQuestionsAcrossSpellingsAndFeedsTheReport() throws Exception {
    turn(1, "zalo", "Làm thẻ thư viện tỉnh ở đâu?", OutcomeType.DECLINE, null, 0.1, null);
    turn(2, "web", "lam the thu vien tinh o dau", OutcomeType.DECLINE, null, 0.1, null);
    turn(3, "telegram", "thẻ thư viện tỉnh làm ở đâu ạ", OutcomeType.CLARIFY, "dvc.track", 0.4, null);
    turn(4, "zalo", "nộp phí online", OutcomeType.ANSWER, "fee.pay-online", 0.95, null);
    turn(5, "zalo", "nộp phí online", OutcomeType.RATING, "fee.pay-online", null, "down");
    turn(6, "web", "nộp phí online", OutcomeType.ANSWER, "fee.pay-online", 0.9, null);
    turn(7, "web", "cảm ơn", OutcomeType.RATING, "fee.pay-online", null, "up");

    JsonNode inbox = json(get("/api/v1/admin/unanswered?from=" + DAY + "&to=" + DAY));
    JsonNode library = inbox.path("groups").get(0);
    assertThat(library.path("count").asInt()).isEqualTo(3);
    assertThat(library.path("examples").size()).isEqualTo(3);
    assertThat(library.path("reasons").path("declined").asInt()).isEqualTo(2);
    assertThat(inbox.toString()).contains("downRated");

    var add = admin("POST", "/api/v1/admin/unanswered/alternate", "{\"key\":\"" + library.path("key").asString()
        + "\",\"text\":\"Làm thẻ thư viện tỉnh ở đâu?\",\"entryId\":\"dvc.track\"}");
    assertThat(add.statusCode()).as(add.body()).isEqualTo(200);
    JsonNode after = json(get("/api/v1/admin/unanswered?from=" + DAY + "&to=" + DAY));
    assertThat(after.toString()).doesNotContain("thư viện");
    assertThat(get("/api/v1/admin/faqs/dvc.track").body()).contains("Làm thẻ thư viện tỉnh ở đâu?");
    assertThat(admin("POST", "/api/v1/admin/unanswered/dismiss", "{}").statusCode()).isEqualTo(400);

    JsonNode r = json(get("/api/v1/admin/reports/summary?from=" + DAY + "&to=" + DAY));
    assertThat(r.path("questions").asInt()).isEqualTo(5);
    assertThat(r.path("answered").asInt()).isEqualTo(2);
    assertThat(r.path("declined").asInt()).isEqualTo(2);
    assertThat(r.path("clarified").asInt()).isEqualTo(1);
    assertThat(r.path("ratings").path("up").asInt()).isEqualTo(1);
    assertThat(r.path("ratings").path("down").asInt()).isEqualTo(1);
    assertThat(r.path("byChannel").path("zalo").asInt()).isEqualTo(2);
    assertThat(r.path("byCategory").path("fee").asInt()).isEqualTo(2);
    assertThat(r.path("byAudience").path("citizen").asInt()).isEqualTo(2);
    assertThat(r.path("byDay").path(DAY.toString()).asInt()).isEqualTo(5);
    assertThat(r.path("topQuestions").get(0).path("count").asInt()).isEqualTo(2);
    assertThat(r.path("topQuestions").toString()).contains("nộp phí online");
    assertThat(r.path("risingTopics").get(0).path("entryId").asString()).isEqualTo("fee.pay-online");
    for (String f : new String[] {"handoffs", "tickets", "alternatesAdded"}) {
      assertThat(r.has(f)).as(f).isTrue();
    }
    String today = LocalDate.now(VN).toString();
    JsonNode now = json(get("/api/v1/admin/reports/summary?from=" + today + "&to=" + today));
    assertThat(now.path("alternatesAdded").toString()).contains("thư viện");
  }

  @Test
  void exportsTheReportAndRejectsBadDates() throws Exception {
    var xlsx = get("/api/v1/admin/reports/summary/export?format=xlsx&from=" + DAY + "&to=" + DAY);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    var csv = get("/api/v1/admin/reports/summary/export?format=csv&from=" + DAY + "&to=" + DAY);
    assertThat(csv.body()).startsWith("\uFEFF").contains("Số câu hỏi");
    assertThat(get("/api/v1/admin/reports/summary?from=2024-13-01").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/admin/reports/summary?from=2024-03-02&to=2024-03-01").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/admin/unanswered?from=x").statusCode()).isEqualTo(400);
  }

  @Test
  void testConsoleExplainsTheDecision() throws Exception {
    JsonNode r = json(get("/api/v1/admin/test-search?q=" + enc("quen mat khau dich vu cong") + "&audience=citizen"));
    assertThat(r.path("decision").asString()).isIn("answer", "clarify");
    assertThat(r.path("reason").asString()).isNotBlank();
    assertThat(r.path("hits").get(0).path("matchedWords").size()).isPositive();
    JsonNode off = json(get("/api/v1/admin/test-search?q=" + enc("giá vàng hôm nay bao nhiêu một chỉ")));
    assertThat(off.path("decision").asString()).isEqualTo("decline");
    assertThat(get("/api/v1/admin/test-search?q=").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/admin/test-search?q=a&audience=alien").statusCode()).isEqualTo(400);
  }

  /** What the console says the bot would do is what the bot then does in a conversation. */
  @Test
  void testConsoleDecisionIsWhatTheBotDoes() throws Exception {
    String[] questions = {"làm khai sinh", "quen mat khau dich vu cong", "làm hộ chiếu cần giấy tờ gì",
        "giá vàng hôm nay bao nhiêu một chỉ", "đăng ký tạm trú online", "nộp trực tuyến"};
    int n = 0;
    for (String q : questions) {
      String decision = json(get("/api/v1/admin/test-search?q=" + enc(q) + "&audience=citizen"))
          .path("decision").asString();
      String user = "console-check-" + System.nanoTime() + "-" + n++;
      send("POST", "/api/v1/chat", null, null, JSON.writeValueAsString(java.util.Map.of("userId", user, "text", "chào")));
      String replies = send("POST", "/api/v1/chat", null, null,
          JSON.writeValueAsString(java.util.Map.of("userId", user, "text", q))).body();
      String did = replies.contains("rate:up:") ? "answer"
          : replies.contains("Anh/Chị muốn hỏi về") ? "clarify"
          : replies.contains("chưa có câu trả lời chắc chắn") ? "decline" : "?";
      assertThat(did).as(q).isEqualTo(decision);
    }
  }
}
