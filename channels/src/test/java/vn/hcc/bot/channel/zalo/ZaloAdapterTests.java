package vn.hcc.bot.channel.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.bot.channel.zalo.ZaloFixtures.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.channel.DeliveryRecorder.Outcome;
import vn.hcc.bot.channel.InMemorySeenEvents;
import vn.hcc.bot.channel.InProcessLock;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.channel.WebhookResponse;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;

/** Recorded payloads through the adapter; WireMock plays the OA API. */
class ZaloAdapterTests {
  private final WireMockServer zalo = new WireMockServer(options().dynamicPort());
  private final List<InboundMessage> turns = new CopyOnWriteArrayList<>();
  private final List<Runnable> queued = new ArrayList<>();
  private final Recorded recorded = new Recorded();
  private ZaloAdapter adapter;

  @BeforeEach
  void start() {
    zalo.start();
    zalo.stubFor(post("/v3.0/oa/message/cs").willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m1\"}}")));
    ZaloSettings settings = settings(zalo.baseUrl());
    ZaloClient client = ZaloClient.create(settings, new InMemoryTokenStore(), new InProcessLock(), d -> {});
    adapter = new ZaloAdapter(settings, message -> {
      turns.add(message);
      return List.of(Reply.text("Anh/Chị nộp hồ sơ tại Cổng DVC."));
    }, new TurnDispatcher(queued::add), client, new InMemorySeenEvents(), recorded);
  }

  @AfterEach
  void stop() {
    zalo.stop();
  }

  @Test
  void acknowledgesASignedTextBeforeTheTurnRunsThenSendsTheAnswer() {
    byte[] body = load("user_send_text.json");
    WebhookResponse response = adapter.onWebhook(signedHeaders(body), body);

    assertThat(response.status()).isEqualTo(200);
    assertThat(turns).isEmpty(); // nothing ran yet: the 200 never waits for the engine
    runQueued();
    assertThat(turns).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("Thủ tục cấp hộ chiếu?");
      assertThat(m.from().userId()).isEqualTo(USER);
      assertThat(m.messageId()).isEqualTo("96d3cdf3af150460909");
    });
    zalo.verify(postRequestedFor(urlEqualTo("/v3.0/oa/message/cs"))
        .withHeader("access_token", equalTo("access-1"))
        .withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo(USER)))
        .withRequestBody(matchingJsonPath("$.message.text", equalTo("Anh/Chị nộp hồ sơ tại Cổng DVC."))));
    assertThat(recorded.entries).extracting(Recorded.Entry::outcome).containsExactly(Outcome.SENT);
  }

  @Test
  void rejectsABadOrMissingSignatureWith401() {
    byte[] body = load("user_send_text.json");
    Map<String, String> wrong = new HashMap<>(signedHeaders(body));
    wrong.put("x-zevent-signature", "mac=" + "0".repeat(64));
    assertThat(adapter.onWebhook(wrong, body).status()).isEqualTo(401);
    assertThat(adapter.onWebhook(Map.of(), body).status()).isEqualTo(401);
    assertThat(adapter.onWebhook(signedHeaders(body), "x".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(401);
    assertThat(queued).isEmpty();
  }

  @Test
  void acceptsReceiptsEchoesAndUnfollowsWithoutATurn() {
    for (String fixture : List.of("user_seen_message.json", "oa_send_text.json", "unfollow.json")) {
      byte[] body = load(fixture);
      assertThat(adapter.onWebhook(signedHeaders(body), body).status()).isEqualTo(200);
    }
    runQueued();
    assertThat(turns).isEmpty();
    zalo.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void handlesADuplicateMsgIdOnce() {
    byte[] body = load("user_send_text.json");
    Map<String, String> retry = new HashMap<>(signedHeaders(body));
    retry.put("num_retry", "1");
    adapter.onWebhook(signedHeaders(body), body);
    assertThat(adapter.onWebhook(retry, body).status()).isEqualTo(200);
    runQueued();
    assertThat(turns).hasSize(1);
  }

  @Test
  void greetsANewFollowerThroughTheEngine() {
    byte[] body = load("follow.json");
    adapter.onWebhook(signedHeaders(body), body);
    runQueued();
    assertThat(turns).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("/start"));
  }

  @Test
  void passesATappedButtonPayloadAsAButton() {
    byte[] body = load("user_send_text_button.json");
    adapter.onWebhook(signedHeaders(body), body);
    runQueued();
    assertThat(turns).singleElement().satisfies(m -> {
      assertThat(m.isButton()).isTrue();
      assertThat(m.payload()).isEqualTo("rate:dvc.track:up");
    });
  }

  @Test
  void asksPolitelyForTextWhenAnImageArrives() {
    byte[] body = load("user_send_image.json");
    adapter.onWebhook(signedHeaders(body), body);
    runQueued();
    assertThat(turns).isEmpty();
    zalo.verify(postRequestedFor(urlEqualTo("/v3.0/oa/message/cs"))
        .withRequestBody(matchingJsonPath("$.message.text", containing("hiện em chỉ đọc được tin nhắn chữ"))));
  }

  private void runQueued() {
    while (!queued.isEmpty()) {
      queued.remove(0).run();
    }
  }
}
