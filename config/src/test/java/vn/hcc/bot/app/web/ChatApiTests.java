package vn.hcc.bot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.Comparator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hcc.bot.app.admin.tickets.WebOutbox;

/** The web-chat API end to end: real engine, bundled knowledge base, question log in a fresh data dir. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatApiTests {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path DATA_DIR = createDataDir();

  @Value("${local.server.port}")
  int port;

  @Autowired
  WebOutbox outbox;

  @Autowired
  vn.hcc.bot.core.ticket.TicketStore tickets;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("bot.data-dir", DATA_DIR::toString);
  }

  @AfterAll
  static void deleteDataDir() throws IOException {
    try (Stream<Path> files = Files.walk(DATA_DIR)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static Path createDataDir() {
    try {
      return Files.createTempDirectory("hcc-bot-chat-api-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------- helpers ----------

  private HttpResponse<String> postRaw(String body) throws Exception {
    return postRaw("/api/v1/chat", body);
  }

  private HttpResponse<String> postRaw(String path, String body) throws Exception {
    var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(Map<String, ?> body) throws Exception {
    return postRaw(JSON.writeValueAsString(body));
  }

  private HttpResponse<String> postMessagesRaw(String body) throws Exception {
    return postRaw("/api/v1/chat/messages", body);
  }

  /** The messages waiting for a visitor whose browser has shown none; returns their texts. */
  private List<String> waitingMessages(String userId) throws Exception {
    return waitingMessages(userId, 0).stream().map(m -> m.path("text").asString()).toList();
  }

  /** The messages waiting for a visitor after acknowledging those up to {@code shown}. */
  private List<JsonNode> waitingMessages(String userId, long shown) throws Exception {
    var res = postMessagesRaw(JSON.writeValueAsString(Map.of("userId", userId, "shown", shown)));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    assertThat(res.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    JsonNode messages = JSON.readTree(res.body()).path("messages");
    assertThat(messages.isArray()).as(res.body()).isTrue();
    List<JsonNode> out = new ArrayList<>();
    messages.forEach(m -> {
      assertThat(m.path("text").isString()).as(res.body()).isTrue();
      assertThat(m.path("id").asLong()).as(res.body()).isPositive();
      out.add(m);
    });
    return out;
  }

  /** One turn that must succeed; returns the replies array. */
  private JsonNode turn(String userId, String field, String value) throws Exception {
    return turn(userId, field, value, null);
  }

  private JsonNode turn(String userId, String field, String value, String messageId) throws Exception {
    var body = new LinkedHashMap<String, Object>();
    body.put("userId", userId);
    body.put(field, value);
    if (messageId != null) {
      body.put("messageId", messageId);
    }
    var res = post(body);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    JsonNode replies = JSON.readTree(res.body()).path("replies");
    assertThat(replies.isArray()).as(res.body()).isTrue();
    for (JsonNode r : replies) {
      assertThat(r.path("text").isString()).isTrue();
      assertThat(r.path("buttons").isArray()).isTrue();
      assertThat(r.path("links").isArray()).isTrue();
    }
    return replies;
  }

  private static String newUser() {
    return "test-" + UUID.randomUUID();
  }

  private static String allText(JsonNode replies) {
    var b = new StringBuilder();
    replies.forEach(r -> b.append(r.path("text").asString()).append('\n'));
    return b.toString();
  }

  private static List<String> payloads(JsonNode replies) {
    List<String> out = new ArrayList<>();
    replies.forEach(r -> r.path("buttons").forEach(b -> out.add(b.path("payload").asString())));
    return out;
  }

  /** A user who has already seen the privacy notice, so that each later turn is just the answer. */
  private String greetedUser() throws Exception {
    String user = newUser();
    turn(user, "text", "xin chào");
    return user;
  }

  private void assertBadRequest(HttpResponse<String> res) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
    assertThat(JSON.readTree(res.body()).path("error").asString()).isNotBlank();
  }

  // ---------- conversations ----------

  @Test
  void greetingGetsThePrivacyNoticeThenAWelcomeWithTheMenu() throws Exception {
    JsonNode replies = turn(newUser(), "text", "xin chào");
    assertThat(replies.size()).isGreaterThanOrEqualTo(2);
    assertThat(replies.get(0).path("text").asString()).contains("dữ liệu cá nhân");
    assertThat(allText(replies)).contains("Xin chào");
    assertThat(payloads(replies)).anyMatch(p -> p.startsWith("cat:"));
  }

  @Test
  void questionWithoutDiacriticsGetsTheAnswerAndRatingButtons() throws Exception {
    String user = greetedUser();
    JsonNode replies = turn(user, "text", "quen mat khau dang nhap dich vu cong");
    assertThat(allText(replies)).contains("Quên mật khẩu").contains("VNeID");
    List<String> payloads = payloads(replies);
    assertThat(payloads).contains("rate:up:dvc.login-problem", "rate:down:dvc.login-problem");
    assertThat(payloads).anyMatch(p -> p.startsWith("faq:"));
    JsonNode up = null;
    for (JsonNode r : replies) {
      for (JsonNode b : r.path("buttons")) {
        if (b.path("payload").asString().equals("rate:up:dvc.login-problem")) {
          up = b;
        }
      }
    }
    assertThat(up).isNotNull();
    assertThat(up.path("label").asString()).contains("👍");
    assertThat(replies.get(0).path("links").get(0).path("url").asString()).startsWith("https://");
  }

  @Test
  void ratingUpIsAcknowledged() throws Exception {
    String user = greetedUser();
    turn(user, "text", "quen mat khau dang nhap dich vu cong");
    JsonNode replies = turn(user, "payload", "rate:up:dvc.login-problem");
    assertThat(allText(replies)).contains("Cảm ơn Anh/Chị đã đánh giá");
  }

  @Test
  void relatedEntryButtonAnswersThatEntry() throws Exception {
    String user = greetedUser();
    JsonNode replies = turn(user, "payload", "faq:proc.passport");
    assertThat(allText(replies)).contains("hộ chiếu");
    assertThat(payloads(replies)).contains("rate:up:proc.passport");
  }

  /**
   * "còn lệ phí thì sao?" right after a passport answer is about the passport fee, which the
   * passport answer itself gives (proc.passport), not about fees in general.
   */
  @Test
  void followUpQuestionAnswersAboutThePassportFee() throws Exception {
    String user = greetedUser();
    JsonNode first = turn(user, "text", "làm hộ chiếu");
    assertThat(payloads(first)).contains("rate:up:proc.passport");
    JsonNode replies = turn(user, "text", "còn lệ phí thì sao?");
    assertThat(allText(replies)).containsIgnoringCase("hộ chiếu").contains("lệ phí").contains("200.000");
  }

  /**
   * A short question with a subject of its own is a new question even right after another answer:
   * the password answer must not come back for a question about passports.
   */
  @Test
  void aShortQuestionOnANewSubjectIsNotTakenAsAFollowUp() throws Exception {
    String user = greetedUser();
    JsonNode first = turn(user, "text", "quên mật khẩu dịch vụ công");
    assertThat(payloads(first)).contains("rate:up:dvc.login-problem");
    JsonNode replies = turn(user, "text", "làm hộ chiếu cần giấy tờ gì");
    assertThat(payloads(replies)).doesNotContain("rate:up:dvc.login-problem")
        .containsAnyOf("rate:up:proc.passport", "faq:proc.passport");
  }

  // ---------- validation ----------

  @Test
  void missingUserIdIsA400WithAnError() throws Exception {
    var res = post(Map.of("text", "xin chào"));
    assertBadRequest(res);
    assertThat(JSON.readTree(res.body()).path("error").asString()).contains("userId");
    assertBadRequest(post(Map.of("userId", "  ", "text", "xin chào")));
  }

  @Test
  void neitherTextNorPayloadIsA400() throws Exception {
    assertBadRequest(post(Map.of("userId", newUser())));
  }

  @Test
  void invalidJsonIsA400() throws Exception {
    assertBadRequest(postRaw("{\"userId\": \"x\", \"text\": "));
    assertBadRequest(postRaw("not json at all"));
  }

  @Test
  void tenThousandCharactersGetAReply() throws Exception {
    String user = greetedUser();
    JsonNode replies = turn(user, "text", "hộ chiếu ".repeat(1250).substring(0, 10_000));
    assertThat(replies.size()).isPositive();
    assertThat(allText(replies)).isNotBlank();
  }

  @Test
  void emojiHtmlAndControlCharactersGetAReply() throws Exception {
    String user = greetedUser();
    for (String text : List.of("😀🎉🙏", "<script>alert('x')</script><b>hộ chiếu</b>",
        "\u0000\u0001\u001f\u007f", "\t\r\n", "' OR 1=1 --", "{locality.hotline}")) {
      JsonNode replies = turn(user, "text", text);
      assertThat(replies.size()).as(text).isPositive();
      assertThat(allText(replies)).as(text).isNotBlank().doesNotContain("<script>");
    }
  }

  @Test
  void sameMessageIdTwiceIsProcessedOnce() throws Exception {
    String user = greetedUser();
    String messageId = UUID.randomUUID().toString();
    JsonNode first = turn(user, "text", "làm hộ chiếu", messageId);
    assertThat(payloads(first)).contains("rate:up:proc.passport");
    // The engine drops a resent message: 200 with no replies (no second answer, no second log line).
    JsonNode second = turn(user, "text", "làm hộ chiếu", messageId);
    assertThat(second.size()).isZero();
    assertThat(logLinesContaining(messageId)).hasSize(1);
    // A new id is a new turn again.
    assertThat(payloads(turn(user, "text", "làm hộ chiếu", UUID.randomUUID().toString())))
        .contains("rate:up:proc.passport");
  }

  // ---------- waiting messages (staff answers to feedback) ----------

  @Test
  void waitingMessagesGoOnlyToTheirVisitorAndStayUntilTheBrowserHasShownThem() throws Exception {
    String user = newUser();
    String other = newUser();
    assertThat(waitingMessages(user)).isEmpty();
    outbox.put(user, "Cảm ơn Anh/Chị đã góp ý.\nChúng tôi đã chuyển phòng chuyên môn.");
    outbox.put(user, "<b>Lịch tiếp dân</b> đã được cập nhật 😀");
    assertThat(waitingMessages(other)).isEmpty();
    assertThat(waitingMessages(user)).containsExactly(
        "Cảm ơn Anh/Chị đã góp ý.\nChúng tôi đã chuyển phòng chuyên môn.",
        "<b>Lịch tiếp dân</b> đã được cập nhật 😀");
    // the response above may never have reached the browser: asked again, nothing is lost
    List<JsonNode> again = waitingMessages(user, 0);
    assertThat(again).hasSize(2);
    long first = again.get(0).path("id").asLong();
    long second = again.get(1).path("id").asLong();
    assertThat(second).isGreaterThan(first);
    // the browser showed the first one: only the second is still waiting
    assertThat(waitingMessages(user, first)).extracting(m -> m.path("id").asLong())
        .containsExactly(second);
    assertThat(waitingMessages(user, second)).isEmpty();
    assertThat(outbox.waiting(user)).isEmpty();
    // a stale acknowledgement never drops a newer answer
    outbox.put(user, "Phản hồi mới");
    assertThat(waitingMessages(user, first)).extracting(m -> m.path("text").asString())
        .containsExactly("Phản hồi mới");
  }

  @Test
  void aChatTurnNeitherReturnsNorConsumesWaitingMessages() throws Exception {
    String user = newUser();
    outbox.put(user, "Trả lời góp ý số 1");
    var res = post(Map.of("userId", user, "text", "xin chào"));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(res.body());
    assertThat(body.propertyNames()).containsExactly("replies");
    assertThat(res.body()).doesNotContain("Trả lời góp ý số 1");
    assertThat(waitingMessages(user)).containsExactly("Trả lời góp ý số 1");
  }

  /** "Gặp cán bộ" promises a call back: the request must reach a list staff read, and survive restarts. */
  @Test
  void aHandoffRequestBecomesATicketStaffCanAnswer() throws Exception {
    String user = greetedUser();
    turn(user, "text", "làm hộ chiếu cho con dưới 14 tuổi");
    JsonNode replies = turn(user, "payload", "human");
    assertThat(allText(replies)).contains("cán bộ sẽ liên hệ lại");
    var ticket = tickets.list().stream().filter(t -> user.equals(t.userId())).findFirst().orElseThrow();
    assertThat(ticket.channel()).isEqualTo("web");
    assertThat(ticket.content()).startsWith("Yêu cầu gặp cán bộ.").contains("hộ chiếu");
    assertThat(java.nio.file.Files.readString(DATA_DIR.resolve("tickets/tickets.json")))
        .contains(ticket.number());
  }

  @Test
  void eraseMyDataAlsoDropsWaitingMessages() throws Exception {
    String user = greetedUser();
    outbox.put(user, "Trả lời góp ý có số điện thoại 0912 345 678");
    turn(user, "text", "/xoadulieu");
    turn(user, "payload", "erase:ok");
    assertThat(waitingMessages(user)).isEmpty();
  }

  @Test
  void waitingMessagesNeedAValidUserId() throws Exception {
    var missing = postMessagesRaw("{}");
    assertBadRequest(missing);
    assertThat(JSON.readTree(missing.body()).path("error").asString()).contains("userId").contains("required");
    assertBadRequest(postMessagesRaw("{\"userId\": null}"));
    assertBadRequest(postMessagesRaw("{\"userId\": \" \\t \"}"));
    var tooLong = postMessagesRaw(JSON.writeValueAsString(Map.of("userId", "u".repeat(129))));
    assertBadRequest(tooLong);
    assertThat(JSON.readTree(tooLong.body()).path("error").asString()).contains("userId").contains("128");
    assertThat(waitingMessages("u".repeat(128))).isEmpty();
    assertBadRequest(postMessagesRaw("not json at all"));
    assertBadRequest(postMessagesRaw(""));
    var negative = postMessagesRaw("{\"userId\": \"u-1\", \"shown\": -3}");
    assertBadRequest(negative);
    assertThat(JSON.readTree(negative.body()).path("error").asString()).contains("shown");
    assertBadRequest(postMessagesRaw("{\"userId\": \"u-1\", \"shown\": \"many\"}"));
    // The id is a credential: it is not accepted in a URL.
    var get = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/v1/chat/messages?userId=x")).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(get.statusCode()).as(get.body()).isEqualTo(405);
  }

  // ---------- question log ----------

  @Test
  void questionLogGetsTheTurnsWithPersonalDataMasked() throws Exception {
    String user = greetedUser();
    String messageId = UUID.randomUUID().toString();
    turn(user, "text", "số điện thoại của tôi là 0912 345 678, cccd 079203001234", messageId);
    List<String> lines = logLinesContaining(messageId);
    assertThat(lines).hasSize(1);
    String line = lines.get(0);
    assertThat(line).contains("\"channel\":\"web\"").contains("số điện thoại của tôi là");
    String digitsOnly = line.replaceAll("[^0-9]", "");
    assertThat(line).doesNotContain("0912").doesNotContain("345 678").doesNotContain("079203001234");
    assertThat(digitsOnly).doesNotContain("0912345678").doesNotContain("079203001234");
    assertThat(line).doesNotContain(user);   // the user id is stored only as a hash

    String plain = UUID.randomUUID().toString();
    turn(user, "text", "quen mat khau dang nhap dich vu cong", plain);
    assertThat(logLinesContaining(plain)).singleElement().asString()
        .contains("quen mat khau dang nhap dich vu cong").contains("dvc.login-problem");
  }

  private static List<String> logLinesContaining(String needle) throws IOException {
    Path dir = DATA_DIR.resolve("questions");
    assertThat(dir).isDirectory();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.contains(needle) && line.contains("\"kind\":\"turn\"")) {
            out.add(line);
          }
        }
      }
    }
    return out;
  }
}
