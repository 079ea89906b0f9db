package vn.hcc.bot.channel.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.bot.channel.zalo.ZaloFixtures.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.channel.ChannelHealth;
import vn.hcc.bot.channel.DeliveryRecorder.Outcome;
import vn.hcc.bot.channel.InMemorySeenEvents;
import vn.hcc.bot.channel.InProcessLock;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Reply;

/** The delivery policy end to end: signed event in, WireMock as the OA API and OAuth server. */
class ZaloClientTests {
  private static final String CS = "/v3.0/oa/message/cs";
  private static final String OK = "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m1\"}}";

  private final WireMockServer zalo = new WireMockServer(options().dynamicPort());
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Recorded recorded = new Recorded();
  private Reply answer = Reply.text("Trả lời");
  private ZaloClient client;
  private ZaloAdapter adapter;

  @BeforeEach
  void start() {
    zalo.start();
    ZaloSettings settings = settings(zalo.baseUrl());
    client = ZaloClient.create(settings, store, new InProcessLock(), sleeps::add);
    adapter = new ZaloAdapter(settings, m -> List.of(answer), new TurnDispatcher(Runnable::run), client,
        new InMemorySeenEvents(), recorded);
  }

  @AfterEach
  void stop() {
    zalo.stop();
  }

  @Test
  void refreshesAnExpiredTokenSavesTheNewPairAndResendsOnce() {
    zalo.stubFor(post(CS).withHeader("access_token", equalTo("access-1"))
        .willReturn(okJson("{\"error\":-216,\"message\":\"Access token is invalid\"}")));
    zalo.stubFor(post(CS).withHeader("access_token", equalTo("access-2")).willReturn(okJson(OK)));
    zalo.stubFor(post("/v4/oa/access_token").withHeader("secret_key", equalTo("app-secret"))
        .withFormParam("refresh_token", equalTo("refresh-1"))
        .withFormParam("app_id", equalTo(APP_ID))
        .withFormParam("grant_type", equalTo("refresh_token"))
        .willReturn(okJson("{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\",\"expires_in\":\"90000\"}")));

    deliverSignedText();

    zalo.verify(1, postRequestedFor(urlEqualTo("/v4/oa/access_token")));
    zalo.verify(2, postRequestedFor(urlEqualTo(CS)));
    assertThat(store.load()).get().satisfies(p -> {
      assertThat(p.accessToken()).isEqualTo("access-2");
      assertThat(p.refreshToken()).isEqualTo("refresh-2");
      assertThat(p.expiresAt()).isNotNull();
    });
    assertThat(outcomes()).containsExactly(Outcome.RETRIED);
    assertThat(client.health().isUp()).isTrue();
  }

  @Test
  void marksHealthDownWhenTheRefreshFails() {
    zalo.stubFor(post(CS).willReturn(okJson("{\"error\":-220,\"message\":\"access_token is expired or removed\"}")));
    zalo.stubFor(post("/v4/oa/access_token").willReturn(okJson("{\"error\":-14014,\"error_description\":\"Invalid refresh token\"}")));

    deliverSignedText();

    ChannelHealth health = client.health();
    assertThat(health.status()).isEqualTo(ChannelHealth.Status.DOWN);
    assertThat(health.detail()).contains("Invalid refresh token").contains("re-authorise");
    assertThat(outcomes()).containsExactly(Outcome.FAILED);
  }

  @Test
  void retriesAServerErrorWithBackoffThenSucceeds() {
    zalo.stubFor(post(CS).inScenario("5xx").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    zalo.stubFor(post(CS).inScenario("5xx").whenScenarioStateIs("up").willReturn(okJson(OK)));

    deliverSignedText();

    zalo.verify(2, postRequestedFor(urlEqualTo(CS)));
    assertThat(sleeps).hasSize(1);
    assertThat(outcomes()).containsExactly(Outcome.RETRIED);
  }

  @Test
  void backsOffWhenZaloReportsItsRateLimit() {
    zalo.stubFor(post(CS).inScenario("-32").whenScenarioStateIs(STARTED)
        .willReturn(okJson("{\"error\":-32,\"message\":\"Your OA reached limit call api\"}")).willSetStateTo("ok"));
    zalo.stubFor(post(CS).inScenario("-32").whenScenarioStateIs("ok").willReturn(okJson(OK)));

    deliverSignedText();

    zalo.verify(2, postRequestedFor(urlEqualTo(CS)));
    assertThat(sleeps).hasSize(1);
    assertThat(outcomes()).containsExactly(Outcome.RETRIED);
  }

  @Test
  void givesUpAfterTheBoundedNumberOfAttempts() {
    zalo.stubFor(post(CS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    deliverSignedText();

    zalo.verify(4, postRequestedFor(urlEqualTo(CS)));
    assertThat(sleeps).hasSize(3);
    assertThat(sleeps.get(2)).isGreaterThanOrEqualTo(sleeps.get(0).multipliedBy(2));
    assertThat(outcomes()).containsExactly(Outcome.FAILED);
  }

  @Test
  void recordsAUserOutsideTheWindowAsUndeliveredWithoutRetrying() {
    zalo.stubFor(post(CS).willReturn(okJson(
        "{\"error\":-230,\"message\":\"User has not interacted with the OA in the past 7 days\"}")));

    deliverSignedText();

    zalo.verify(1, postRequestedFor(urlEqualTo(CS)));
    assertThat(recorded.entries).singleElement().satisfies(e -> {
      assertThat(e.outcome()).isEqualTo(Outcome.UNDELIVERED);
      assertThat(e.detail()).contains("-230");
    });
  }

  @Test
  void sendsANumberedListWhenTheButtonTemplateIsRejected() {
    answer = Reply.withButtons("Anh/Chị hỏi thủ tục nào?",
        List.of(new Button("Cấp hộ chiếu", "faq:passport"), new Button("Khai sinh", "faq:birth")));
    zalo.stubFor(post(CS).withRequestBody(matchingJsonPath("$.message.attachment"))
        .willReturn(okJson("{\"error\":-201,\"message\":\"attachment is invalid!\"}")));
    zalo.stubFor(post(CS).withRequestBody(notContaining("attachment")).willReturn(okJson(OK)));

    deliverSignedText();

    zalo.verify(postRequestedFor(urlEqualTo(CS)).withRequestBody(matchingJsonPath("$.message.text",
        equalTo("Anh/Chị hỏi thủ tục nào?\n\nAnh/Chị gõ số thứ tự để chọn:\n1. Cấp hộ chiếu\n2. Khai sinh"))));
    assertThat(outcomes()).containsExactly(Outcome.RETRIED);
  }

  private void deliverSignedText() {
    byte[] body = load("user_send_text.json");
    assertThat(adapter.onWebhook(signedHeaders(body), body).status()).isEqualTo(200);
  }

  private List<Outcome> outcomes() {
    return recorded.entries.stream().map(Recorded.Entry::outcome).toList();
  }
}
