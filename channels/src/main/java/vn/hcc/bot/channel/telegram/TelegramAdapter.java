package vn.hcc.bot.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.hcc.bot.channel.ChannelAdapter;
import vn.hcc.bot.channel.ChannelHealth;
import vn.hcc.bot.channel.ChannelTexts;
import vn.hcc.bot.channel.Headers;
import vn.hcc.bot.channel.SeenEvents;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.channel.WebhookResponse;
import vn.hcc.bot.core.ConversationEngine;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;

/**
 * Turns Telegram updates (from long polling or {@code POST /webhooks/telegram}) into turns on the
 * {@link TurnDispatcher}; the conversation is the chat. Build it with {@link TelegramChannel}.
 */
public final class TelegramAdapter implements ChannelAdapter {
  private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final TelegramSettings settings;
  private final ConversationEngine engine;
  private final TurnDispatcher dispatcher;
  private final TelegramSender sender;
  private final TelegramChats chats;
  private final TelegramStatus status;
  private final SeenEvents seen;
  private final TelegramAddressing addressing;

  TelegramAdapter(TelegramSettings settings, ConversationEngine engine, TurnDispatcher dispatcher,
      TelegramSender sender, TelegramChats chats, TelegramStatus status, SeenEvents seen) {
    this.settings = settings;
    this.engine = engine;
    this.dispatcher = dispatcher;
    this.sender = sender;
    this.chats = chats;
    this.status = status;
    this.seen = seen;
    this.addressing = new TelegramAddressing(settings.botUsername());
  }

  @Override
  public String id() {
    return TelegramSender.CHANNEL;
  }

  @Override
  public ChannelHealth health() {
    return status.health();
  }

  /** Webhook mode: 401 unless the secret header matches; the update is then handled in the background. */
  @Override
  public WebhookResponse onWebhook(Map<String, String> headers, byte[] rawBody) {
    String secret = Headers.get(headers, SECRET_HEADER);
    if (secret == null || settings.webhookSecret() == null || !MessageDigest.isEqual(
        secret.getBytes(StandardCharsets.UTF_8), settings.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
      log.warn("Telegram webhook without the right {} rejected ({} bytes)", SECRET_HEADER, rawBody.length);
      return WebhookResponse.unauthorized();
    }
    try {
      onUpdate(JSON.readValue(rawBody, Update.class));
    } catch (IOException e) {
      log.warn("Telegram webhook body is not an update ({} bytes)", rawBody.length);
      return WebhookResponse.badRequest("not a Telegram update");
    }
    return WebhookResponse.ok();
  }

  /** Handles one update; duplicates (same update_id) are dropped. Never blocks on the engine. */
  public void onUpdate(Update update) {
    if (update.getUpdateId() != null && !seen.firstTime("telegram:" + update.getUpdateId())) {
      log.debug("Telegram update {} already handled", update.getUpdateId());
    } else if (update.hasCallbackQuery()) {
      onCallback(update.getCallbackQuery());
    } else if (update.hasMessage()) {
      onMessage(update.getMessage());
    } else if (update.hasMyChatMember()) {
      onMembership(update.getMyChatMember());
    }
  }

  boolean chatActive(String chatId) {
    return chats.isActive(chatId);
  }

  void useBotUsername(String username) {
    addressing.useUsername(username);
  }

  private void onCallback(CallbackQuery query) {
    Long chat = query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
    ConversationKey key = key(chat);
    String data = query.getData();
    dispatcher.submit(key, () -> {
      sender.answerCallback(query.getId()); // always, even for data we cannot use
      if (data != null && !data.isBlank()) {
        run(InboundMessage.button(key, "cb:" + query.getId(), data));
      }
    });
  }

  private void onMessage(Message message) {
    String chatId = String.valueOf(message.getChatId());
    boolean privateChat = message.isUserMessage();
    String text = message.hasText() ? addressing.textFor(message, privateChat) : null;
    if (privateChat) {
      chats.markActive(chatId); // a blocked bot receives nothing, so any message means unblocked
    }
    if (!message.hasText()) {
      if (privateChat) {
        ConversationKey key = key(message.getChatId());
        dispatcher.submit(key, () -> sender.deliver(key, String.valueOf(message.getMessageId()),
            List.of(Reply.text(ChannelTexts.get("unsupported.media")))));
      }
    } else if (text != null) {
      run(new InboundMessage(key(message.getChatId()), String.valueOf(message.getMessageId()), text, null,
          message.getDate() == null ? Instant.now() : Instant.ofEpochSecond(message.getDate())));
    }
  }

  private void onMembership(ChatMemberUpdated update) {
    String chatId = String.valueOf(update.getChat().getId());
    String newStatus = update.getNewChatMember() == null ? "" : update.getNewChatMember().getStatus();
    if ("kicked".equals(newStatus) || "left".equals(newStatus)) {
      chats.markInactive(chatId);
    } else if ("member".equals(newStatus) || "administrator".equals(newStatus)) {
      chats.markActive(chatId);
    }
    log.info("Telegram chat {} is now '{}' for the bot", chatId, newStatus);
  }

  private void run(InboundMessage message) {
    ConversationKey key = message.from();
    dispatcher.submit(key, () -> sender.deliver(key, message.messageId(), engine.handle(message)));
  }

  private static ConversationKey key(Long chatId) {
    return new ConversationKey(TelegramSender.CHANNEL, String.valueOf(chatId));
  }
}
