package vn.hcc.bot.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.hcc.bot.channel.ChannelHealth;
import vn.hcc.bot.channel.DeliveryRecorder;
import vn.hcc.bot.channel.SeenEvents;
import vn.hcc.bot.channel.Sleeper;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.core.ConversationEngine;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.channel.Delivery;

/**
 * The Telegram channel as the app sees it: {@link #start()} reads the bot's username and, in polling
 * mode, starts long polling (the library first calls deleteWebhook, §2.3); {@link #adapter()} serves
 * {@code POST /webhooks/telegram} in webhook mode. Every call goes to {@code apiBaseUrl}.
 */
public final class TelegramChannel implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
  /** Types we handle; my_chat_member tells us when a user blocks or unblocks the bot (§2.1). */
  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member");

  private final TelegramSettings settings;
  private final TelegramUrl url;
  private final TelegramClient client;
  private final TelegramStatus status;
  private final TelegramAdapter adapter;
  private final TelegramSender sender;
  private TelegramBotsLongPollingApplication polling;

  private TelegramChannel(TelegramSettings settings, TelegramUrl url, TelegramClient client,
      TelegramStatus status, TelegramAdapter adapter, TelegramSender sender) {
    this.sender = sender;
    this.settings = settings;
    this.url = url;
    this.client = client;
    this.status = status;
    this.adapter = adapter;
  }

  public static TelegramChannel create(TelegramSettings settings, ConversationEngine engine,
      TurnDispatcher dispatcher, SeenEvents seen, DeliveryRecorder recorder) {
    return create(settings, engine, dispatcher, seen, recorder, Sleeper.SYSTEM);
  }

  /** As above with another sleeper, so tests of waits and backoff run instantly. */
  public static TelegramChannel create(TelegramSettings settings, ConversationEngine engine,
      TurnDispatcher dispatcher, SeenEvents seen, DeliveryRecorder recorder, Sleeper sleeper) {
    Objects.requireNonNull(settings, "settings");
    TelegramUrl url = TelegramUrls.of(settings.apiBaseUrl());
    OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30)).build();
    TelegramClient client = new OkHttpTelegramClient(TelegramAdapter.JSON, http, settings.token(), url);
    TelegramStatus status = new TelegramStatus();
    TelegramChats chats = new TelegramChats();
    TelegramPacer pacer = new TelegramPacer(settings.messagesPerSecond(), settings.perChatInterval(), System::nanoTime);
    TelegramSender sender = new TelegramSender(client, settings, chats, status, pacer, recorder, sleeper);
    TelegramAdapter adapter = new TelegramAdapter(settings, engine, dispatcher, sender, chats, status, seen);
    return new TelegramChannel(settings, url, client, status, adapter, sender);
  }

  /**
   * Sends a message the bot starts itself (an officer's answer to a ticket, a notice to the staff
   * chat), now, on this thread, within the same pacing and error rules as replies.
   */
  public Delivery push(String chatId, Reply reply) {
    return sender.deliver(new ConversationKey(TelegramSender.CHANNEL, chatId),
        "push-" + java.util.UUID.randomUUID(), java.util.List.of(reply));
  }

  public TelegramAdapter adapter() {
    return adapter;
  }

  public ChannelHealth health() {
    return status.health();
  }

  /** Learns the username (for mentions in groups) and starts polling unless in webhook mode. */
  public synchronized void start() {
    if (settings.botUsername().isEmpty()) {
      readUsername();
    }
    if (settings.mode() == TelegramSettings.Mode.WEBHOOK || polling != null) {
      return;
    }
    polling = new TelegramBotsLongPollingApplication(() -> TelegramAdapter.JSON, this::pollingHttp);
    try {
      polling.registerBot(settings.token(), () -> url, new DefaultGetUpdatesGenerator(ALLOWED_UPDATES),
          (LongPollingUpdateConsumer) updates -> updates.forEach(adapter::onUpdate));
      if (!polling.isRunning()) {
        polling.start();
      }
      log.info("Telegram long polling started on {}", settings.apiBaseUrl());
    } catch (TelegramApiException e) {
      status.down("Telegram polling could not start: " + TelegramUrls.mask(e.getMessage()));
    }
  }

  public synchronized void stop() {
    if (polling == null) {
      return;
    }
    try {
      polling.close();
    } catch (Exception e) {
      log.warn("Telegram polling did not stop cleanly: {}", TelegramUrls.mask(e.getMessage()));
    }
    polling = null;
  }

  /**
   * Webhook mode: asks Telegram to deliver to {@code publicUrl} (HTTPS, ports 443/80/88/8443) with the
   * configured secret header (§2.1). Returns false, logged, when Telegram refuses.
   */
  public boolean registerWebhook(String publicUrl) {
    try {
      return client.execute(SetWebhook.builder().url(publicUrl).secretToken(settings.webhookSecret())
          .allowedUpdates(ALLOWED_UPDATES).build());
    } catch (TelegramApiException e) {
      log.warn("Telegram setWebhook to {} failed: {}", publicUrl, TelegramUrls.mask(e.getMessage()));
      return false;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void readUsername() {
    try {
      String username = client.execute(new GetMe()).getUserName();
      adapter.useBotUsername(username);
      log.info("Telegram bot is @{}", username);
    } catch (TelegramApiException e) {
      log.warn("Telegram getMe failed ({}); in groups only commands will be answered",
          TelegramUrls.mask(e.getMessage()));
    }
  }

  /** The library's polling timeouts (100 s read for 50 s long polls, §2.3) plus the 409 watch. */
  private OkHttpClient pollingHttp() {
    return new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(75)).readTimeout(Duration.ofSeconds(100))
        .addInterceptor(new PollingWatch(status)).build();
  }
}
