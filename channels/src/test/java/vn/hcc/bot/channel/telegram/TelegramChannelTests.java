package vn.hcc.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.bot.channel.telegram.TelegramFixtures.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.channel.ChannelHealth;
import vn.hcc.bot.channel.InMemorySeenEvents;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;

/** Long polling through the real library against WireMock (lower-case method paths, §2.3). */
class TelegramChannelTests {
  private static final String UPDATES = "(?i)/bot[^/]+/getupdates";
  private static final long TIMEOUT_MS = 10_000;

  private final WireMockServer telegram = new WireMockServer(options().dynamicPort());
  private final List<InboundMessage> turns = new CopyOnWriteArrayList<>();
  private TelegramChannel channel;

  @BeforeEach
  void start() {
    telegram.start();
    telegram.stubFor(post(urlPathMatching("(?i)/bot[^/]+/deletewebhook")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
    telegram.stubFor(post(urlPathMatching(SEND)).willReturn(okJson(load("sendmessage_ok.json"))));
    telegram.stubFor(post(urlPathMatching(ANSWER_CALLBACK)).willReturn(okJson("{\"ok\":true,\"result\":true}")));
    channel = TelegramChannel.create(settings(telegram.baseUrl(), TelegramSettings.Mode.POLLING), message -> {
      turns.add(message);
      return List.of(Reply.withButtons("Hộ chiếu làm tại Phòng Quản lý xuất nhập cảnh.",
          List.of(new Button("Hữu ích", "rate:passport:up"))));
    }, new TurnDispatcher(Runnable::run), new InMemorySeenEvents(), new Recorded(), d -> {});
  }

  @AfterEach
  void stop() {
    channel.stop();
    telegram.stop();
  }

  @Test
  void pollsAnUpdateAndSendsTheAnswerWithAnInlineKeyboard() {
    serveOnce("{\"ok\":true,\"result\":[" + load("update_text.json").strip() + "]}");
    channel.start();

    await(() -> !telegram.findAll(postRequestedFor(urlPathMatching(SEND))).isEmpty());
    telegram.verify(postRequestedFor(urlPathMatching(SEND))
        .withRequestBody(matchingJsonPath("$.chat_id", equalTo("777")))
        .withRequestBody(matchingJsonPath("$.text", equalTo("Hộ chiếu làm tại Phòng Quản lý xuất nhập cảnh.")))
        .withRequestBody(matchingJsonPath("$.reply_markup.inline_keyboard[0][0].callback_data", equalTo("rate:passport:up"))));
    assertThat(turns).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Thủ tục cấp hộ chiếu?"));
    telegram.verify(postRequestedFor(urlPathMatching("(?i)/bot[^/]+/deletewebhook")));
  }

  @Test
  void answersAPolledCallbackAndGivesTheEngineItsPayload() {
    serveOnce("{\"ok\":true,\"result\":[" + load("update_callback.json").strip() + "]}");
    channel.start();

    await(() -> !telegram.findAll(postRequestedFor(urlPathMatching(SEND))).isEmpty());
    telegram.verify(postRequestedFor(urlPathMatching(ANSWER_CALLBACK))
        .withRequestBody(matchingJsonPath("$.callback_query_id", equalTo("4382bfdwdsb323b2d9"))));
    assertThat(turns).singleElement().satisfies(m -> assertThat(m.payload()).isEqualTo("faq:passport"));
  }

  @Test
  void reportsAnotherPollerAsDownWithTheFix() {
    telegram.stubFor(post(urlPathMatching(UPDATES)).willReturn(jsonResponse(load("error_409.json"), 409)));
    channel.start();

    await(() -> !channel.health().isUp());
    ChannelHealth health = channel.health();
    assertThat(health.detail()).contains("another instance is polling with this token")
        .contains("bot.telegram.mode=webhook");
  }

  @Test
  void readsTheBotUsernameWithGetMeWhenNotConfigured() {
    telegram.stubFor(post(urlPathMatching("(?i)/bot[^/]+/getme")).willReturn(okJson(
        "{\"ok\":true,\"result\":{\"id\":999,\"is_bot\":true,\"first_name\":\"Hcc\",\"username\":\"HccBot\"}}")));
    TelegramChannel webhookChannel = TelegramChannel.create(
        new TelegramSettings(TOKEN, telegram.baseUrl(), "webhook", SECRET), message -> {
          turns.add(message);
          return List.of();
        }, new TurnDispatcher(Runnable::run), new InMemorySeenEvents(), new Recorded(), d -> {});
    webhookChannel.start();
    webhookChannel.adapter().onWebhook(java.util.Map.of(TelegramAdapter.SECRET_HEADER, SECRET),
        bytes("update_group_mention.json"));
    assertThat(turns).extracting(InboundMessage::text).containsExactly("thủ tục khai sinh");
    telegram.verify(0, postRequestedFor(urlPathMatching(UPDATES)));
  }

  /** The first poll gets {@code body}; later polls get nothing, slowly, so the loop does not spin. */
  private void serveOnce(String body) {
    telegram.stubFor(post(urlPathMatching(UPDATES)).inScenario("poll").whenScenarioStateIs(STARTED)
        .willReturn(okJson(body)).willSetStateTo("drained"));
    telegram.stubFor(post(urlPathMatching(UPDATES)).inScenario("poll").whenScenarioStateIs("drained")
        .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.currentTimeMillis() + TIMEOUT_MS;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("condition within %d ms", TIMEOUT_MS).isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
