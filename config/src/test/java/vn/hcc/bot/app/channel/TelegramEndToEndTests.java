package vn.hcc.bot.app.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.bot.app.channel.EndToEndSupport.JSON;
import static vn.hcc.bot.app.channel.EndToEndSupport.REDIS_URL;
import static vn.hcc.bot.app.channel.EndToEndSupport.awaitDelivered;
import static vn.hcc.bot.app.channel.EndToEndSupport.awaitRequests;
import static vn.hcc.bot.app.channel.EndToEndSupport.body;
import static vn.hcc.bot.app.channel.EndToEndSupport.faqAnswer;
import static vn.hcc.bot.app.channel.EndToEndSupport.fixture;
import static vn.hcc.bot.app.channel.EndToEndSupport.requests;
import static vn.hcc.bot.app.channel.EndToEndSupport.serveEvents;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hcc.bot.channel.telegram.TelegramChannel;
import vn.hcc.bot.core.log.DeliveryStatus;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;

/**
 * Telegram in polling mode through the whole application: the real TelegramBots long-polling loop
 * fetches updates from WireMock (lower-case method paths, deleteWebhook first, chat_id as a string,
 * channel-apis.md §2.3), the engine answers from the knowledge base, and Redis holds sessions,
 * deduplication and the question log. Each test uses its own chat, so nothing is reset between tests
 * and the poller never sees a missing stub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "bot.redis.url=" + REDIS_URL,
    "bot.telegram.token=" + TelegramEndToEndTests.TOKEN,
    "bot.telegram.mode=polling",
    "bot.telegram.staff-chat-id=" + TelegramEndToEndTests.STAFF_CHAT,
    "bot.locality.hotline=1900 0000 (thử nghiệm)"})
@DirtiesContext
class TelegramEndToEndTests {
  static final String STAFF_CHAT = "424242";
  static final String TOKEN = "123456:E2E-token_abc";
  static final String SEND = "(?i)/bot[^/]+/sendmessage";
  static final String UPDATES = "(?i)/bot[^/]+/getupdates";
  static final String ANSWER_CALLBACK = "(?i)/bot[^/]+/answercallbackquery";
  static final String DELETE_WEBHOOK = "(?i)/bot[^/]+/deletewebhook";
  static final String GET_ME = "(?i)/bot[^/]+/getme";
  static final String QUESTION = "quên mật khẩu dịch vụ công";

  static final WireMockServer TELEGRAM = new WireMockServer(options().dynamicPort());
  /** Update ids only grow: the library drops updates below the offset it has confirmed. */
  private static final AtomicInteger UPDATE_IDS = new AtomicInteger(1000);
  private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000, 1_000_000));

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) throws IOException {
    if (!TELEGRAM.isRunning()) {
      TELEGRAM.start();
      stubBotApi(TELEGRAM);
    }
    EndToEndSupport.flushRedis(REDIS_URL);
    String dataDir = Files.createTempDirectory("hcc-e2e-telegram").toString();
    registry.add("bot.data-dir", () -> dataDir);
    registry.add("bot.telegram.api-base-url", TELEGRAM::baseUrl);
  }

  /** What a healthy Bot API answers; tests add higher-priority stubs for their own chat. */
  static void stubBotApi(WireMockServer wm) {
    wm.stubFor(post(urlPathMatching(DELETE_WEBHOOK)).willReturn(okJson("{\"ok\":true,\"result\":true}")));
    wm.stubFor(post(urlPathMatching(GET_ME)).willReturn(okJson(
        "{\"ok\":true,\"result\":{\"id\":123456,\"is_bot\":true,\"first_name\":\"HCC\",\"username\":\"HccE2EBot\"}}")));
    // No update pending: answer after a pause, as a long poll would, so the loop does not spin.
    wm.stubFor(post(urlPathMatching(UPDATES)).atPriority(10)
        .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    wm.stubFor(post(urlPathMatching(SEND)).atPriority(10).willReturn(okJson(fixture("sendmessage_ok.json").toString())));
    wm.stubFor(post(urlPathMatching(ANSWER_CALLBACK)).atPriority(10).willReturn(okJson("{\"ok\":true,\"result\":true}")));
  }

  /** Polling stops before its platform goes away, so the shutdown logs no connection errors. */
  @AfterAll
  static void stopPlatform(@Autowired TelegramChannel channel) {
    channel.stop();
    TELEGRAM.stop();
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  QuestionLog questionLog;

  @Test
  void aPolledQuestionIsAnsweredWithTheKnowledgeBaseAnswerAndARatingKeyboard() {
    String answer = faqAnswer(port, "dvc.login-problem");
    long chat = newChat();
    int messageId = serve(textUpdate(chat, QUESTION));

    QuestionLogEntry turn = awaitDelivered(questionLog, "telegram", String.valueOf(messageId));

    assertThat(turn.delivery()).isEqualTo(DeliveryStatus.SENT);
    assertThat(turn.outcome()).isEqualTo(OutcomeType.ANSWER);
    assertThat(turn.entryId()).isEqualTo("dvc.login-problem");
    List<LoggedRequest> sends = requests(TELEGRAM, sendTo(chat));
    assertThat(sends).as("privacy notice on first contact, then the answer").hasSize(2);
    assertThat(body(sends.get(0)).path("text").asString()).contains("dữ liệu cá nhân");
    JsonNode reply = body(sends.get(1));
    assertThat(reply.path("chat_id").isString()).as("chat_id is sent as a string").isTrue();
    assertThat(reply.path("parse_mode").asString()).isEqualTo("HTML");
    assertThat(reply.path("text").asString()).contains(escapeHtml(answer));
    List<JsonNode> buttons = new ArrayList<>();
    reply.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(buttons::add));
    assertThat(buttons).anySatisfy(b -> {
      assertThat(b.path("text").asString()).startsWith("👍");
      assertThat(b.path("callback_data").asString()).isEqualTo("rate:up:dvc.login-problem");
    });
    assertThat(buttons).anySatisfy(b -> {
      assertThat(b.path("text").asString()).startsWith("👎");
      assertThat(b.path("callback_data").asString()).isEqualTo("rate:down:dvc.login-problem");
    });
    assertThat(buttons).anySatisfy(b -> assertThat(b.path("url").asString()).isEqualTo("https://dichvucong.gov.vn"));
    // The library removes any webhook before its first getUpdates (§2.3); getMe gives the username.
    List<String> calls = requests(TELEGRAM, r -> true).stream()
        .map(r -> r.getUrl().replaceFirst(".*/", "").toLowerCase()).toList();
    assertThat(calls.indexOf("deletewebhook")).isNotNegative().isLessThan(calls.indexOf("getupdates"));
    assertThat(calls).contains("getme");
  }

  @Test
  void aCitizenAskingForAPersonIsAnnouncedInTheStaffChat() {
    long chat = newChat();
    serve(textUpdate(chat, "cho tôi gặp cán bộ"));

    List<LoggedRequest> notices = awaitRequests(TELEGRAM, "a notice in the staff chat", 1,
        sendTo(Long.parseLong(STAFF_CHAT)));
    String text = body(notices.get(0)).path("text").asString();
    assertThat(text).contains("Người dân cần gặp cán bộ").contains("telegram").contains(String.valueOf(chat));
    // the notice and the citizen's reply go out on different threads: wait for the reply as well
    assertThat(awaitRequests(TELEGRAM, "the citizen is answered too", 1, sendTo(chat))).isNotEmpty();
  }

  @Test
  void healthIsUpWhilePollingWorks() {
    var res = EndToEndSupport.get(port, "/actuator/health");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(res.body()).path("status").asString()).isEqualTo("UP");
  }

  @Test
  void aRatingButtonIsAcknowledgedAndThanksTheUserAndTheRatingIsLogged() {
    long chat = newChat();
    int question = serve(textUpdate(chat, QUESTION));
    awaitDelivered(questionLog, "telegram", String.valueOf(question));
    String callbackId = "cbq-" + newChat();

    serve(callbackUpdate(chat, callbackId, "rate:up:dvc.login-problem"));

    List<LoggedRequest> answered = awaitRequests(TELEGRAM, "answerCallbackQuery for " + callbackId, 1,
        r -> r.getUrl().matches(ANSWER_CALLBACK) && callbackId.equals(body(r).path("callback_query_id").asString()));
    assertThat(answered).hasSize(1);
    QuestionLogEntry rating = awaitDelivered(questionLog, "telegram", "cb:" + callbackId);
    assertThat(rating.outcome()).isEqualTo(OutcomeType.RATING);
    assertThat(rating.rating()).isEqualTo("up");
    assertThat(rating.entryId()).isEqualTo("dvc.login-problem");
    assertThat(rating.refMessageId()).isEqualTo(String.valueOf(question));
    assertThat(rating.delivery()).isEqualTo(DeliveryStatus.SENT);
    List<LoggedRequest> sends = requests(TELEGRAM, sendTo(chat));
    assertThat(sends).as("notice, answer, thanks").hasSize(3);
    assertThat(body(sends.get(2)).path("text").asString()).contains("Cảm ơn");
    assertThat(answered.get(0).getLoggedDate()).isBeforeOrEqualTo(sends.get(2).getLoggedDate());
  }

  @Test
  void tooManyRequestsWaitsRetryAfterAndSendsAgain() {
    String answer = faqAnswer(port, "dvc.login-problem");
    long chat = newChat();
    String flood = fixture("error_429.json").put("description", "Too Many Requests: retry after 2")
        .set("parameters", JSON.createObjectNode().put("retry_after", 2)).toString();
    TELEGRAM.stubFor(post(urlPathMatching(SEND)).atPriority(1).inScenario("flood-" + chat)
        .whenScenarioStateIs(STARTED).willSetStateTo("calm")
        .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat))))
        .willReturn(jsonResponse(flood, 429)));

    int messageId = serve(textUpdate(chat, QUESTION));
    QuestionLogEntry turn = awaitDelivered(questionLog, "telegram", String.valueOf(messageId));

    assertThat(turn.delivery()).isEqualTo(DeliveryStatus.RETRIED);
    List<ServeEvent> sends = serveEvents(TELEGRAM, sendTo(chat));
    assertThat(sends).extracting(e -> e.getResponse().getStatus()).containsExactly(429, 200, 200);
    long waitedMs = sends.get(1).getRequest().getLoggedDate().getTime() - sends.get(0).getRequest().getLoggedDate().getTime();
    assertThat(Duration.ofMillis(waitedMs)).as("retry_after honoured").isGreaterThanOrEqualTo(Duration.ofMillis(1_950));
    assertThat(sends.get(1).getRequest().getBodyAsString()).isEqualTo(sends.get(0).getRequest().getBodyAsString());
    assertThat(body(sends.get(2).getRequest()).path("text").asString()).contains(escapeHtml(answer));
  }

  @Test
  void aBotBlockedByTheUserIsLoggedUndeliveredWithoutRetries() {
    long chat = newChat();
    TELEGRAM.stubFor(post(urlPathMatching(SEND)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat))))
        .willReturn(jsonResponse(fixture("error_403.json").toString(), 403)));

    int messageId = serve(textUpdate(chat, QUESTION));
    QuestionLogEntry turn = awaitDelivered(questionLog, "telegram", String.valueOf(messageId));

    assertThat(turn.delivery()).isEqualTo(DeliveryStatus.UNDELIVERED);
    assertThat(turn.deliveryDetail()).contains("403").contains("blocked");
    assertThat(requests(TELEGRAM, sendTo(chat))).as("one refused send, nothing after it").hasSize(1);
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Has the next getUpdates (and only that one) return {@code update}; returns its message id, if any. */
  private static int serve(ObjectNode update) {
    int updateId = UPDATE_IDS.incrementAndGet();
    update.put("update_id", updateId);
    TELEGRAM.stubFor(post(urlPathMatching(UPDATES)).atPriority(1).inScenario("update-" + updateId)
        .whenScenarioStateIs(STARTED).willSetStateTo("delivered")
        .willReturn(okJson("{\"ok\":true,\"result\":[" + update + "]}")));
    return update.path("message").path("message_id").asInt(-1);
  }

  /** A private text message shaped like the recorded one (channel-apis.md §2.1). */
  static ObjectNode textUpdate(long chat, String text) {
    ObjectNode u = fixture("update_text.json");
    ObjectNode m = (ObjectNode) u.get("message");
    m.put("message_id", MESSAGE_IDS.incrementAndGet()).put("date", System.currentTimeMillis() / 1000).put("text", text);
    ((ObjectNode) m.get("from")).put("id", chat);
    ((ObjectNode) m.get("chat")).put("id", chat);
    return u;
  }

  static ObjectNode callbackUpdate(long chat, String callbackId, String data) {
    ObjectNode u = fixture("update_callback.json");
    ObjectNode q = (ObjectNode) u.get("callback_query");
    q.put("id", callbackId).put("data", data);
    ((ObjectNode) q.get("from")).put("id", chat);
    ((ObjectNode) q.get("message").get("chat")).put("id", chat);
    return u;
  }

  static Predicate<LoggedRequest> sendTo(long chat) {
    return r -> r.getUrl().matches(SEND) && String.valueOf(chat).equals(body(r).path("chat_id").asString());
  }

  /** As the renderer escapes for parse_mode HTML. */
  static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static long newChat() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, 4_000_000_000_000L);
  }
}
