package vn.hcc.bot.app.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.bot.app.channel.EndToEndSupport.REDIS_URL;
import static vn.hcc.bot.app.channel.EndToEndSupport.awaitDelivered;
import static vn.hcc.bot.app.channel.EndToEndSupport.body;
import static vn.hcc.bot.app.channel.EndToEndSupport.faqAnswer;
import static vn.hcc.bot.app.channel.EndToEndSupport.logged;
import static vn.hcc.bot.app.channel.EndToEndSupport.requests;
import static vn.hcc.bot.app.channel.TelegramEndToEndTests.escapeHtml;
import static vn.hcc.bot.app.channel.TelegramEndToEndTests.newChat;
import static vn.hcc.bot.app.channel.TelegramEndToEndTests.sendTo;
import static vn.hcc.bot.app.channel.TelegramEndToEndTests.textUpdate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;
import vn.hcc.bot.core.log.DeliveryStatus;
import vn.hcc.bot.core.log.QuestionLog;

/**
 * Telegram in webhook mode through the whole application: updates are POSTed to
 * {@code /webhooks/telegram} with the {@code X-Telegram-Bot-Api-Secret-Token} header (channel-apis.md
 * §2.1), replies go to WireMock, and the bot never polls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "bot.redis.url=" + REDIS_URL,
    "bot.telegram.token=" + TelegramEndToEndTests.TOKEN,
    "bot.telegram.mode=webhook",
    "bot.telegram.webhook-secret=" + TelegramWebhookEndToEndTests.SECRET,
    "bot.locality.hotline=1900 0000 (thử nghiệm)"})
@DirtiesContext
class TelegramWebhookEndToEndTests {
  static final String SECRET = "e2e-Webhook_secret-1";
  static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";
  static final WireMockServer TELEGRAM = new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private static final AtomicInteger UPDATE_IDS = new AtomicInteger(5000);

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) throws IOException {
    if (!TELEGRAM.isRunning()) {
      TELEGRAM.start();
      TelegramEndToEndTests.stubBotApi(TELEGRAM);
    }
    EndToEndSupport.flushRedis(REDIS_URL);
    String dataDir = Files.createTempDirectory("hcc-e2e-telegram-webhook").toString();
    registry.add("bot.data-dir", () -> dataDir);
    registry.add("bot.telegram.api-base-url", TELEGRAM::baseUrl);
  }

  @AfterAll
  static void stopPlatform() {
    TELEGRAM.stop();
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  QuestionLog questionLog;

  @Test
  void anUpdateWithTheSecretHeaderIsAcknowledgedAndAnswered() {
    String answer = faqAnswer(port, "dvc.login-problem");
    long chat = newChat();
    ObjectNode update = textUpdate(chat, TelegramEndToEndTests.QUESTION).put("update_id", UPDATE_IDS.incrementAndGet());
    String messageId = update.path("message").path("message_id").asString();

    HttpResponse<String> ack = deliver(update, Map.of(HEADER, SECRET));

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(awaitDelivered(questionLog, "telegram", messageId).delivery()).isEqualTo(DeliveryStatus.SENT);
    List<LoggedRequest> sends = requests(TELEGRAM, sendTo(chat));
    assertThat(sends).hasSize(2);
    assertThat(body(sends.get(1)).path("text").asString()).contains(escapeHtml(answer));
    assertThat(body(sends.get(1)).path("reply_markup").path("inline_keyboard").findValuesAsString("callback_data"))
        .contains("rate:up:dvc.login-problem", "rate:down:dvc.login-problem");
    assertThat(requests(TELEGRAM, r -> r.getUrl().matches(TelegramEndToEndTests.UPDATES)
        || r.getUrl().matches(TelegramEndToEndTests.DELETE_WEBHOOK))).as("webhook mode never polls").isEmpty();
  }

  @Test
  void anUpdateWithoutTheRightSecretIsRefusedWith401AndNotAnswered() {
    long chat = newChat();
    ObjectNode forged = textUpdate(chat, "thủ tục cấp hộ chiếu").put("update_id", UPDATE_IDS.incrementAndGet());

    assertThat(deliver(forged, Map.of()).statusCode()).isEqualTo(401);
    assertThat(deliver(forged, Map.of(HEADER, SECRET + "x")).statusCode()).isEqualTo(401);
    assertThat(deliver(forged, Map.of(HEADER, "")).statusCode()).isEqualTo(401);

    // A genuine update for the same chat afterwards: turns of one chat run in order.
    ObjectNode genuine = textUpdate(chat, TelegramEndToEndTests.QUESTION).put("update_id", UPDATE_IDS.incrementAndGet());
    assertThat(deliver(genuine, Map.of(HEADER, SECRET)).statusCode()).isEqualTo(200);
    awaitDelivered(questionLog, "telegram", genuine.path("message").path("message_id").asString());
    assertThat(logged(questionLog, "telegram", forged.path("message").path("message_id").asString())).isEmpty();
    assertThat(requests(TELEGRAM, sendTo(chat))).as("notice and answer of the genuine update only").hasSize(2);
  }

  private HttpResponse<String> deliver(ObjectNode update, Map<String, String> headers) {
    return EndToEndSupport.post(port, "/webhooks/telegram", update.toString().getBytes(StandardCharsets.UTF_8), headers);
  }
}
