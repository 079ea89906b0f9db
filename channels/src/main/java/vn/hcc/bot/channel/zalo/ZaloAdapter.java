package vn.hcc.bot.channel.zalo;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.hcc.bot.channel.ChannelAdapter;
import vn.hcc.bot.channel.Delivery;
import vn.hcc.bot.channel.ChannelHealth;
import vn.hcc.bot.channel.ChannelTexts;
import vn.hcc.bot.channel.DeliveryRecorder;
import vn.hcc.bot.channel.Headers;
import vn.hcc.bot.channel.SeenEvents;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.channel.WebhookResponse;
import vn.hcc.bot.core.ConversationEngine;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;

/**
 * {@code POST /webhooks/zalo}: verifies the signature, answers 200 at once (Zalo wants it within 2 s,
 * §1.2) and runs the turn on the {@link TurnDispatcher}. Redeliveries are dropped by {@code msg_id}.
 */
public final class ZaloAdapter implements ChannelAdapter {
  private static final Logger log = LoggerFactory.getLogger(ZaloAdapter.class);
  static final String SIGNATURE_HEADER = "X-ZEvent-Signature";
  /** Media we cannot read; the user gets a polite request to type instead (§1.4). */
  private static final Set<String> MEDIA = Set.of("user_send_image", "user_send_sticker", "user_send_gif",
      "user_send_file", "user_send_audio", "user_send_video", "user_send_location", "user_send_link",
      "user_send_business_card");

  private final ZaloSettings settings;
  private final ConversationEngine engine;
  private final TurnDispatcher dispatcher;
  private final ZaloClient client;
  private final SeenEvents seen;
  private final ZaloReplySender sender;

  public ZaloAdapter(ZaloSettings settings, ConversationEngine engine, TurnDispatcher dispatcher,
      ZaloClient client, SeenEvents seen, DeliveryRecorder recorder) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    this.client = Objects.requireNonNull(client, "client");
    this.seen = Objects.requireNonNull(seen, "seen");
    this.sender = new ZaloReplySender(client, new ZaloRenderer(), Objects.requireNonNull(recorder, "recorder"));
  }

  @Override
  public String id() {
    return ZaloApi.CHANNEL;
  }

  /** Sends a message the bot starts itself (an officer's answer to a ticket), now, on this thread. */
  public Delivery push(String userId, Reply reply) {
    return sender.deliver(new ConversationKey(ZaloApi.CHANNEL, userId), "push-" + java.util.UUID.randomUUID(),
        java.util.List.of(reply));
  }

  @Override
  public ChannelHealth health() {
    return client.health();
  }

  @Override
  public WebhookResponse onWebhook(Map<String, String> headers, byte[] rawBody) {
    String signature = Headers.get(headers, SIGNATURE_HEADER);
    if (signature == null) {
      log.warn("Zalo webhook without {} rejected ({} bytes)", SIGNATURE_HEADER, rawBody.length);
      return WebhookResponse.unauthorized();
    }
    ZaloEvent event;
    try {
      event = ZaloEvent.parse(rawBody);
    } catch (JacksonException e) {
      log.warn("Zalo webhook body is not JSON; rejected ({} bytes)", rawBody.length);
      return WebhookResponse.unauthorized();
    }
    if (!ZaloSignature.matches(signature, rawBody, event.appId(), event.timestamp(), settings.oaSecretKey())) {
      log.warn("Zalo webhook with a wrong {} rejected (event {}, {} bytes)", SIGNATURE_HEADER, event.eventName(), rawBody.length);
      return WebhookResponse.unauthorized();
    }
    route(event, Headers.get(headers, "num_retry"));
    return WebhookResponse.ok();
  }

  private void route(ZaloEvent event, String numRetry) {
    String name = String.valueOf(event.eventName());
    if (event.userId() == null) {
      log.debug("Zalo event {} without a user ignored", name);
    } else if (name.equals("user_send_text") && event.text() != null) {
      String text = Normalizer.normalize(event.text(), Normalizer.Form.NFC); // after the MAC: it covers raw bytes
      runTurn(event, numRetry, ZaloPayloads.looksLikePayload(text)
          ? InboundMessage.button(key(event), messageId(event), text.strip())
          : new InboundMessage(key(event), messageId(event), text, null, receivedAt(event)));
    } else if (name.equals("follow")) {
      runTurn(event, numRetry, new InboundMessage(key(event), messageId(event), "/start", null, receivedAt(event)));
    } else if (name.equals("unfollow")) {
      log.info("Zalo user {} unfollowed the OA", event.userId());
    } else if (MEDIA.contains(name)) {
      reply(event, numRetry, List.of(Reply.text(ChannelTexts.get("unsupported.media"))));
    } else {
      log.debug("Zalo event {} ignored", name);
    }
  }

  private void runTurn(ZaloEvent event, String numRetry, InboundMessage message) {
    if (firstTime(event, numRetry)) {
      dispatcher.submit(message.from(), () -> sender.deliver(message.from(), message.messageId(), engine.handle(message)));
    }
  }

  private void reply(ZaloEvent event, String numRetry, List<Reply> replies) {
    if (firstTime(event, numRetry)) {
      ConversationKey key = key(event);
      dispatcher.submit(key, () -> sender.deliver(key, messageId(event), replies));
    }
  }

  private boolean firstTime(ZaloEvent event, String numRetry) {
    boolean first = seen.firstTime("zalo:" + messageId(event));
    if (!first) {
      log.debug("Zalo event {} already handled (num_retry={})", messageId(event), numRetry);
    }
    return first;
  }

  private static ConversationKey key(ZaloEvent event) {
    return new ConversationKey(ZaloApi.CHANNEL, event.userId());
  }

  /** {@code msg_id} for messages; follow events have none, so their user and time identify them. */
  private static String messageId(ZaloEvent event) {
    return event.msgId() != null ? event.msgId()
        : event.eventName() + ":" + event.userId() + ":" + event.timestamp();
  }

  private static Instant receivedAt(ZaloEvent event) {
    try {
      return Instant.ofEpochMilli(Long.parseLong(event.timestamp()));
    } catch (RuntimeException e) {
      return Instant.now();
    }
  }
}
