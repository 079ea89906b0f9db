package vn.hcc.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.bot.channel.telegram.TelegramFixtures.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.channel.DeliveryRecorder.Outcome;
import vn.hcc.bot.channel.InMemorySeenEvents;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;

/** Webhook mode with recorded updates; WireMock plays the Bot API, turns run inline. */
class TelegramAdapterTests {
  private final WireMockServer telegram = new WireMockServer(options().dynamicPort());
  private final List<InboundMessage> turns = new CopyOnWriteArrayList<>();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Recorded recorded = new Recorded();
  private TelegramAdapter adapter;
  private List<Reply> replies = List.of(Reply.withButtons("Trả lời", List.of(new Button("Hữu ích", "rate:x:up"))));

  @BeforeEach
  void start() {
    telegram.start();
    telegram.stubFor(post(urlPathMatching(SEND)).atPriority(5).willReturn(okJson(load("sendmessage_ok.json"))));
    telegram.stubFor(post(urlPathMatching(ANSWER_CALLBACK)).willReturn(okJson("{\"ok\":true,\"result\":true}")));
    adapter = TelegramChannel.create(settings(telegram.baseUrl(), TelegramSettings.Mode.WEBHOOK), message -> {
      turns.add(message);
      return replies;
    }, new TurnDispatcher(Runnable::run), new InMemorySeenEvents(), recorded, sleeps::add).adapter();
  }

  @AfterEach
  void stop() {
    telegram.stop();
  }

  @Test
  void rejectsAWebhookWithoutTheRightSecret() {
    assertThat(adapter.onWebhook(Map.of(), bytes("update_text.json")).status()).isEqualTo(401);
    assertThat(adapter.onWebhook(Map.of(TelegramAdapter.SECRET_HEADER, "wrong"), bytes("update_text.json")).status())
        .isEqualTo(401);
    assertThat(turns).isEmpty();
  }

  @Test
  void answersATextMessageWithHtmlAndAKeyboard() {
    assertThat(webhook("update_text.json")).isEqualTo(200);
    assertThat(turns).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("Thủ tục cấp hộ chiếu?");
      assertThat(m.from().userId()).isEqualTo("777");
    });
    telegram.verify(postRequestedFor(urlPathMatching(SEND))
        .withRequestBody(matchingJsonPath("$.chat_id", equalTo("777")))
        .withRequestBody(matchingJsonPath("$.parse_mode", equalTo("HTML")))
        .withRequestBody(matchingJsonPath("$.reply_markup.inline_keyboard[0][0].callback_data", equalTo("rate:x:up"))));
    assertThat(recorded.outcomes()).containsExactly(Outcome.SENT);
  }

  @Test
  void handlesARepeatedUpdateOnce() {
    webhook("update_text.json");
    webhook("update_text.json");
    assertThat(turns).hasSize(1);
  }

  @Test
  void answersTheCallbackAndPassesItsPayload() {
    webhook("update_callback.json");
    telegram.verify(postRequestedFor(urlPathMatching(ANSWER_CALLBACK))
        .withRequestBody(matchingJsonPath("$.callback_query_id", equalTo("4382bfdwdsb323b2d9"))));
    assertThat(turns).singleElement().satisfies(m -> assertThat(m.payload()).isEqualTo("faq:passport"));
  }

  @Test
  void passesCommandsAsText() {
    webhook("update_start_command.json");
    webhook("update_group_command.json");
    assertThat(turns).extracting(InboundMessage::text).containsExactly("/start", "/menu");
  }

  @Test
  void inGroupsAnswersOnlyMentionsAndCommands() {
    webhook("update_group_plain.json");
    webhook("update_group_mention.json");
    assertThat(turns).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("thủ tục khai sinh");
      assertThat(m.from().userId()).isEqualTo("-100123");
    });
  }

  @Test
  void asksPolitelyForTextWhenAPhotoArrives() {
    webhook("update_photo.json");
    assertThat(turns).isEmpty();
    telegram.verify(postRequestedFor(urlPathMatching(SEND))
        .withRequestBody(matchingJsonPath("$.text", containing("chỉ đọc được tin nhắn chữ"))));
  }

  @Test
  void waitsRetryAfterOn429ThenSends() {
    telegram.stubFor(post(urlPathMatching(SEND)).inScenario("flood").whenScenarioStateIs(STARTED)
        .willReturn(jsonResponse(load("error_429.json"), 429)).willSetStateTo("calm"));
    telegram.stubFor(post(urlPathMatching(SEND)).inScenario("flood").whenScenarioStateIs("calm")
        .willReturn(okJson(load("sendmessage_ok.json"))));
    webhook("update_text.json");
    assertThat(sleeps).contains(Duration.ofSeconds(5));
    telegram.verify(2, postRequestedFor(urlPathMatching(SEND)));
    assertThat(recorded.outcomes()).containsExactly(Outcome.RETRIED);
  }

  @Test
  void stopsWritingToAChatThatBlockedTheBot() {
    telegram.stubFor(post(urlPathMatching(SEND)).atPriority(1).willReturn(jsonResponse(load("error_403.json"), 403)));
    replies = List.of(Reply.text("một"), Reply.text("hai"));
    webhook("update_text.json");
    telegram.verify(1, postRequestedFor(urlPathMatching(SEND)));
    assertThat(adapter.chatActive("777")).isFalse();
    assertThat(recorded.entries).singleElement().satisfies(e -> {
      assertThat(e.outcome()).isEqualTo(Outcome.UNDELIVERED);
      assertThat(e.detail()).contains("blocked");
    });
  }

  @Test
  void followsBlockAndUnblockReports() {
    webhook("update_blocked.json");
    assertThat(adapter.chatActive("777")).isFalse();
    webhook("update_text.json"); // writing again means the user unblocked the bot
    assertThat(adapter.chatActive("777")).isTrue();
  }

  private int webhook(String fixture) {
    return adapter.onWebhook(Map.of("x-telegram-bot-api-secret-token", SECRET), bytes(fixture)).status();
  }
}
