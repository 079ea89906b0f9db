package vn.hcc.bot.app.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.bot.app.channel.EndToEndSupport.JSON;
import static vn.hcc.bot.app.channel.EndToEndSupport.REDIS_URL;
import static vn.hcc.bot.app.channel.EndToEndSupport.awaitDelivered;
import static vn.hcc.bot.app.channel.EndToEndSupport.body;
import static vn.hcc.bot.app.channel.EndToEndSupport.faqAnswer;
import static vn.hcc.bot.app.channel.EndToEndSupport.fixture;
import static vn.hcc.bot.app.channel.EndToEndSupport.logged;
import static vn.hcc.bot.app.channel.EndToEndSupport.requests;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hcc.bot.app.conversation.EngineConfiguration.RedisHolder;
import vn.hcc.bot.channel.zalo.ZaloSignature;
import vn.hcc.bot.core.log.DeliveryStatus;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;
import vn.hcc.bot.core.store.RedisConnections;

/**
 * Zalo through the whole application: signed webhooks into {@code POST /webhooks/zalo}, the real
 * engine and knowledge base, Redis for sessions, deduplication, tokens and the question log, and
 * WireMock playing the OA API ({@code /v3.0/oa/message/cs}) and OAuth ({@code /v4/oa/access_token})
 * with the payload shapes of channel-apis.md §1.5–§1.9.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "bot.redis.url=" + REDIS_URL,
    "bot.zalo.app-id=" + ZaloEndToEndTests.APP_ID,
    "bot.zalo.app-secret=" + ZaloEndToEndTests.APP_SECRET,
    "bot.zalo.oa-secret-key=" + ZaloEndToEndTests.OA_SECRET,
    "bot.zalo.access-token=access-1",
    "bot.zalo.refresh-token=refresh-1",
    "bot.locality.hotline=1900 0000 (thử nghiệm)"})
@DirtiesContext
class ZaloEndToEndTests {
  static final String APP_ID = "1234567890";
  static final String APP_SECRET = "e2e-app-secret";
  static final String OA_SECRET = "e2e-oa-secret";
  static final String SEND_PATH = "/v3.0/oa/message/cs";
  static final String QUESTION = "quên mật khẩu dịch vụ công";
  static final String OK = "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"oa-msg-1\"}}";

  static final WireMockServer ZALO = new WireMockServer(options().dynamicPort());

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) throws IOException {
    if (!ZALO.isRunning()) {
      ZALO.start();
    }
    EndToEndSupport.flushRedis(REDIS_URL);
    String dataDir = Files.createTempDirectory("hcc-e2e-zalo").toString();
    registry.add("bot.data-dir", () -> dataDir);
    registry.add("bot.zalo.api-base-url", ZALO::baseUrl);
    registry.add("bot.zalo.oauth-base-url", ZALO::baseUrl);
  }

  @AfterAll
  static void stopPlatform() {
    ZALO.stop();
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  QuestionLog questionLog;

  @Autowired
  RedisHolder redis;

  @BeforeEach
  void platformAnswersSuccess() {
    ZALO.resetAll();
    ZALO.stubFor(post(urlEqualTo(SEND_PATH)).atPriority(5).willReturn(okJson(OK)));
  }

  @Test
  void aSignedQuestionIsAcknowledgedAndAnsweredWithTheKnowledgeBaseAnswer() {
    String answer = faqAnswer(port, "dvc.login-problem");
    String user = newUser();
    String msgId = newMsgId();

    HttpResponse<String> ack = webhook(event(user, msgId, QUESTION));

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ack.body()).path("ok").asBoolean()).isTrue();
    QuestionLogEntry turn = awaitDelivered(questionLog, "zalo", msgId);
    assertThat(turn.delivery()).isEqualTo(DeliveryStatus.SENT);
    assertThat(turn.outcome()).isEqualTo(OutcomeType.ANSWER);
    assertThat(turn.entryId()).isEqualTo("dvc.login-problem");

    List<LoggedRequest> sends = requests(ZALO, sendTo(user));
    assertThat(sends).as("privacy notice on first contact, then the answer").hasSize(2);
    assertThat(sends).allSatisfy(r -> assertThat(r.getHeader("access_token")).isNotBlank());
    assertThat(text(sends.get(0))).contains("dữ liệu cá nhân");
    JsonNode reply = body(sends.get(1));
    assertThat(reply.path("recipient").path("user_id").asString()).isEqualTo(user);
    assertThat(reply.path("message").path("text").asString()).contains(answer);
    // This answer has 3 related entries, 2 rating buttons and 2 links: more than the 5 buttons the
    // renderer puts in a Zalo template, so the links go into the text as "title: url" lines and
    // the five choices stay buttons.
    assertThat(reply.path("message").path("text").asString()).contains("https://dichvucong.gov.vn");
    List<String> payloads = new ArrayList<>();
    reply.path("message").path("attachment").path("payload").path("buttons").forEach(b -> {
      assertThat(b.path("type").asString()).isEqualTo("oa.query.hide");
      payloads.add(b.path("payload").asString());
    });
    assertThat(payloads).hasSize(5).contains("rate:up:dvc.login-problem", "rate:down:dvc.login-problem");
  }

  /** A tap on an oa.query.hide button arrives as the user's text: the button's payload. */
  @Test
  void tappingTheThumbsUpButtonRatesTheAnswer() {
    String user = newUser();
    String question = newMsgId();
    assertThat(webhook(event(user, question, QUESTION)).statusCode()).isEqualTo(200);
    awaitDelivered(questionLog, "zalo", question);
    JsonNode answer = body(requests(ZALO, sendTo(user)).get(1));
    String up = null;
    for (JsonNode b : answer.path("message").path("attachment").path("payload").path("buttons")) {
      up = b.path("title").asString().startsWith("👍") ? b.path("payload").asString() : up;
    }
    assertThat(up).as("a 👍 button in: %s", answer).isNotNull();

    String rating = newMsgId();
    assertThat(webhook(event(user, rating, up)).statusCode()).isEqualTo(200);
    QuestionLogEntry rated = awaitDelivered(questionLog, "zalo", rating);

    assertThat(rated.outcome()).isEqualTo(OutcomeType.RATING);
    assertThat(rated.rating()).isEqualTo("up");
    assertThat(rated.entryId()).isEqualTo("dvc.login-problem");
    assertThat(rated.refMessageId()).isEqualTo(question);
    List<LoggedRequest> sends = requests(ZALO, sendTo(user));
    assertThat(sends).hasSize(3);
    assertThat(text(sends.get(2))).contains("Cảm ơn");
  }

  @Test
  void aBadOrMissingSignatureIsRefusedWith401AndNeverAnswered() {
    String user = newUser();
    String forged = newMsgId();
    byte[] body = event(user, forged, "lệ phí làm hộ chiếu bao nhiêu");

    HttpResponse<String> wrong = EndToEndSupport.post(port, "/webhooks/zalo", body,
        Map.of("X-ZEvent-Signature", "mac=" + "0".repeat(64)));
    HttpResponse<String> missing = EndToEndSupport.post(port, "/webhooks/zalo", body, Map.of());
    byte[] tampered = event(user, forged, "lệ phí làm hộ chiếu bao nhiêu?");
    HttpResponse<String> resigned = EndToEndSupport.post(port, "/webhooks/zalo", tampered,
        Map.of("X-ZEvent-Signature", signature(body))); // a signature of other bytes

    assertThat(List.of(wrong.statusCode(), missing.statusCode(), resigned.statusCode())).containsOnly(401);
    // A genuine event from the same user afterwards: turns of one user run in order, so once it is
    // delivered a forged turn would have been too.
    String genuine = newMsgId();
    assertThat(webhook(event(user, genuine, QUESTION)).statusCode()).isEqualTo(200);
    awaitDelivered(questionLog, "zalo", genuine);
    assertThat(logged(questionLog, "zalo", forged)).isEmpty();
    assertThat(requests(ZALO, sendTo(user))).as("notice and answer of the genuine event only").hasSize(2);
  }

  @Test
  void aDuplicateDeliveryIsAnsweredOnce() {
    String answer = faqAnswer(port, "dvc.login-problem");
    String user = newUser();
    String msgId = newMsgId();
    byte[] body = event(user, msgId, QUESTION);

    assertThat(webhook(body).statusCode()).isEqualTo(200);
    // Zalo's retry of the same event (channel-apis.md §1.2), carrying num_retry.
    assertThat(EndToEndSupport.post(port, "/webhooks/zalo", body,
        Map.of("X-ZEvent-Signature", signature(body), "num_retry", "1")).statusCode()).isEqualTo(200);
    String next = newMsgId();
    assertThat(webhook(event(user, next, "cảm ơn")).statusCode()).isEqualTo(200);
    awaitDelivered(questionLog, "zalo", next);

    assertThat(requests(ZALO, sendTo(user).and(r -> text(r).contains(answer)))).hasSize(1);
    assertThat(turnsLogged(msgId)).isEqualTo(1);
    assertThat(awaitDelivered(questionLog, "zalo", msgId).delivery()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void anExpiredTokenIsRefreshedAndTheMessageResentWithTheNewToken() {
    String answer = faqAnswer(port, "dvc.login-problem");
    String user = newUser();
    String msgId = newMsgId();
    ZALO.stubFor(post(urlEqualTo(SEND_PATH)).atPriority(1)
        .withHeader("access_token", notContaining("access-refreshed"))
        .withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo(user)))
        .willReturn(okJson("{\"error\":-220,\"message\":\"access_token is expired or removed\"}")));
    ZALO.stubFor(post(urlEqualTo("/v4/oa/access_token")).willReturn(okJson(
        "{\"access_token\":\"access-refreshed\",\"refresh_token\":\"refresh-refreshed\",\"expires_in\":\"90000\"}")));

    assertThat(webhook(event(user, msgId, QUESTION)).statusCode()).isEqualTo(200);
    QuestionLogEntry turn = awaitDelivered(questionLog, "zalo", msgId);

    assertThat(turn.delivery()).isEqualTo(DeliveryStatus.RETRIED);
    List<LoggedRequest> refreshes = requests(ZALO, r -> r.getUrl().equals("/v4/oa/access_token"));
    assertThat(refreshes).singleElement().satisfies(r -> {
      assertThat(r.getHeader("secret_key")).isEqualTo(APP_SECRET);
      assertThat(r.getBodyAsString()).contains("grant_type=refresh_token", "app_id=" + APP_ID, "refresh_token=");
    });
    List<LoggedRequest> sends = requests(ZALO, sendTo(user));
    assertThat(sends.get(0).getHeader("access_token")).isNotEqualTo("access-refreshed");
    List<LoggedRequest> resent = sends.stream()
        .filter(r -> "access-refreshed".equals(r.getHeader("access_token"))).toList();
    assertThat(resent).as("notice resent, then the answer, both with the new token").hasSize(2);
    assertThat(text(resent.get(1))).contains(answer);
    assertThat(redis.client().get("hcc:zalo:tokens")).contains("access-refreshed", "refresh-refreshed");
  }

  @Test
  void aServerErrorIsRetriedUntilTheMessageGoesThrough() {
    String answer = faqAnswer(port, "dvc.login-problem");
    String user = newUser();
    String msgId = newMsgId();
    ZALO.stubFor(post(urlEqualTo(SEND_PATH)).atPriority(1).inScenario("flaky-" + user)
        .whenScenarioStateIs(STARTED).willSetStateTo("up")
        .withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo(user)))
        .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

    assertThat(webhook(event(user, msgId, QUESTION)).statusCode()).isEqualTo(200);
    QuestionLogEntry turn = awaitDelivered(questionLog, "zalo", msgId);

    assertThat(turn.delivery()).isEqualTo(DeliveryStatus.RETRIED);
    List<ServeEvent> events = EndToEndSupport.serveEvents(ZALO, sendTo(user));
    assertThat(events).extracting(e -> e.getResponse().getStatus()).containsExactly(503, 200, 200);
    assertThat(events.get(1).getRequest().getBodyAsString()).isEqualTo(events.get(0).getRequest().getBodyAsString());
    assertThat(text(events.get(2).getRequest())).contains(answer);
  }

  @Test
  void outsideTheSevenDayWindowTheTurnIsLoggedUndeliveredWithoutRetries() {
    String user = newUser();
    String msgId = newMsgId();
    ZALO.stubFor(post(urlEqualTo(SEND_PATH)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo(user)))
        .willReturn(okJson("{\"error\":-230,\"message\":\"User has not interacted with the OA in the past 7 days\"}")));

    assertThat(webhook(event(user, msgId, QUESTION)).statusCode()).isEqualTo(200);
    QuestionLogEntry turn = awaitDelivered(questionLog, "zalo", msgId);

    assertThat(turn.delivery()).isEqualTo(DeliveryStatus.UNDELIVERED);
    assertThat(turn.deliveryDetail()).contains("-230");
    assertThat(turn.outcome()).isEqualTo(OutcomeType.ANSWER);
    assertThat(requests(ZALO, sendTo(user))).as("one refused send, no retry, nothing after it").hasSize(1);
    assertThat(requests(ZALO, r -> r.getUrl().equals("/v4/oa/access_token"))).isEmpty();
  }

  @Test
  void aWebhookIsAcknowledgedAtOnceWhileTurnsHoldEveryConnectionOfTheEnginesRedisPool() throws Exception {
    String user = newUser();
    String msgId = newMsgId();
    String list = "hcc:e2e:hold:" + user;
    ExecutorService holders = Executors.newFixedThreadPool(8);
    try (UnifiedJedis probe = RedisConnections.open(REDIS_URL)) {
      // Eight blocking pops take all eight connections of the engine's shared client, as busy turns do.
      for (int i = 0; i < 8; i++) {
        holders.submit(() -> redis.client().blpop(10, list));
      }
      EndToEndSupport.await("8 connections of the engine's pool blocked", () ->
          blockedOn(probe, list) >= 8 ? Optional.of(true) : Optional.empty());

      long start = System.nanoTime();
      HttpResponse<String> ack = webhook(event(user, msgId, QUESTION));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(ack.statusCode()).isEqualTo(200);
      assertThat(took).as("acknowledged without waiting for the engine's connections").isLessThan(Duration.ofSeconds(2));
      for (int i = 0; i < 8; i++) {
        probe.lpush(list, "go");
      }
    } finally {
      holders.shutdown();
    }
    assertThat(awaitDelivered(questionLog, "zalo", msgId).delivery()).isEqualTo(DeliveryStatus.SENT);
  }

  /** Clients of this test database blocked in BLPOP (CLIENT LIST shows the command and the db). */
  private static long blockedOn(UnifiedJedis probe, String list) {
    Object reply = probe.sendCommand(Protocol.Command.CLIENT, "LIST");
    String text = reply instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(reply);
    return text.lines().filter(l -> l.contains(" db=9 ") && l.contains("cmd=blpop")).count();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private HttpResponse<String> webhook(byte[] body) {
    return EndToEndSupport.post(port, "/webhooks/zalo", body, Map.of("X-ZEvent-Signature", signature(body)));
  }

  /** A user_send_text event shaped like the recorded one (channel-apis.md §1.5), for this user. */
  static byte[] event(String userId, String msgId, String text) {
    ObjectNode e = fixture("user_send_text.json");
    e.put("app_id", APP_ID);
    e.put("timestamp", String.valueOf(System.currentTimeMillis()));
    ((ObjectNode) e.get("sender")).put("id", userId);
    ((ObjectNode) e.get("message")).put("text", text).put("msg_id", msgId);
    return JSON.writeValueAsBytes(e);
  }

  /** The header Zalo would send (§1.3), computed by the production code as the channels tests do. */
  static String signature(byte[] body) {
    JsonNode root = JSON.readTree(body);
    return ZaloSignature.compute(body, root.path("app_id").asString(), root.path("timestamp").asString(), OA_SECRET);
  }

  static Predicate<LoggedRequest> sendTo(String user) {
    return r -> r.getUrl().equals(SEND_PATH) && user.equals(body(r).path("recipient").path("user_id").asString());
  }

  static String text(LoggedRequest r) {
    return body(r).path("message").path("text").asString("");
  }

  private long turnsLogged(String msgId) {
    long[] count = {0};
    java.time.LocalDate today = java.time.LocalDate.now(EndToEndSupport.ZONE);
    questionLog.read(today.minusDays(1), today, e -> {
      if ("zalo".equals(e.channel()) && msgId.equals(e.messageId())) {
        count[0]++;
      }
    });
    return count[0];
  }

  static String newUser() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L));
  }

  static String newMsgId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 19);
  }
}
