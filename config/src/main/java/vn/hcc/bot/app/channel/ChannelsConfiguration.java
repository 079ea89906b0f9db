package vn.hcc.bot.app.channel;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import vn.hcc.bot.app.BotProperties;
import vn.hcc.bot.app.conversation.EngineConfiguration.RedisHolder;
import vn.hcc.bot.channel.ChannelAdapter;
import vn.hcc.bot.channel.ChannelHealth;
import vn.hcc.bot.channel.DeliveryRecorder;
import vn.hcc.bot.channel.ExclusiveLock;
import vn.hcc.bot.channel.InMemorySeenEvents;
import vn.hcc.bot.channel.InProcessLock;
import vn.hcc.bot.channel.RedisLock;
import vn.hcc.bot.channel.RedisSeenEvents;
import vn.hcc.bot.channel.SeenEvents;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.channel.telegram.TelegramChannel;
import vn.hcc.bot.channel.telegram.TelegramSettings;
import vn.hcc.bot.channel.zalo.FileZaloTokenStore;
import vn.hcc.bot.channel.zalo.RedisZaloTokenStore;
import vn.hcc.bot.channel.zalo.ZaloAdapter;
import vn.hcc.bot.channel.zalo.ZaloClient;
import vn.hcc.bot.channel.zalo.ZaloSettings;
import vn.hcc.bot.channel.zalo.ZaloTokenStore;
import vn.hcc.bot.core.engine.DefaultConversationEngine;
import vn.hcc.bot.core.log.DeliveryStatus;
import vn.hcc.bot.core.log.QuestionLog;

/**
 * The platform channels. Each is on only when its credentials are configured; each shows in
 * /actuator/health, and every delivery outcome lands on the question log.
 */
@Configuration(proxyBeanMethods = false)
public class ChannelsConfiguration {
  static final int CHANNEL_REDIS_CONNECTIONS = 64;
  static final Duration CHANNEL_REDIS_WAIT = Duration.ofMillis(500);

  @Bean(destroyMethod = "shutdown")
  ExecutorService turnExecutor() {
    return Executors.newFixedThreadPool(16, r -> {
      Thread t = new Thread(r, "turn");
      t.setDaemon(true);
      return t;
    });
  }

  /** Queued turns finish at shutdown (up to 20 s) while the beans they use are still open. */
  @Bean
  TurnDrain turnDrain(ExecutorService turnExecutor) {
    return new TurnDrain(turnExecutor, Duration.ofSeconds(20));
  }

  @Bean
  TurnDispatcher turnDispatcher(ExecutorService turnExecutor) {
    return new TurnDispatcher(turnExecutor);
  }

  /**
   * The channels' own Redis connections, for what the webhook path does before acknowledging
   * (deduplication) and for locks. The engine's shared client has a small pool (8 connections) that
   * busy turns keep taken; sharing it made acknowledgements queue behind turns (seen in the load
   * benchmark). A connection that still cannot be had within {@link #CHANNEL_REDIS_WAIT} fails the
   * call, and deduplication then treats the event as new instead of holding up the platform.
   */
  @Bean(destroyMethod = "close")
  ChannelRedis channelRedis(BotProperties props) {
    if (!props.getRedis().enabled()) {
      return new ChannelRedis(null);
    }
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(CHANNEL_REDIS_CONNECTIONS);
    pool.setMaxIdle(CHANNEL_REDIS_CONNECTIONS);
    pool.setMaxWait(CHANNEL_REDIS_WAIT);
    return new ChannelRedis(new JedisPooled(pool, URI.create(props.getRedis().getUrl().trim())));
  }

  @Bean
  SeenEvents seenEvents(ChannelRedis redis) {
    return redis.client() != null ? new RedisSeenEvents(redis.client()) : new InMemorySeenEvents();
  }

  @Bean
  ExclusiveLock exclusiveLock(ChannelRedis redis) {
    return redis.client() != null ? new RedisLock(redis.client()) : new InProcessLock();
  }

  /** The channels' Redis client, or null in embedded mode. */
  public record ChannelRedis(UnifiedJedis client) implements AutoCloseable {
    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }

  @Bean
  DeliveryRecorder deliveryRecorder(QuestionLog log, DefaultConversationEngine engine) {
    DeliveryRecorder logging = DeliveryRecorder.logging();
    return (channel, key, messageId, outcome, detail) -> {
      logging.record(channel, key, messageId, outcome, detail);
      if (key != null && messageId != null) {
        log.recordDelivery(channel, engine.userHash(key), messageId,
            DeliveryStatus.valueOf(outcome.name().toUpperCase(Locale.ROOT)), detail);
      }
    };
  }

  @Bean
  @ConditionalOnProperty(prefix = "bot.zalo", name = "app-id")
  ZaloAdapter zaloAdapter(BotProperties props, DefaultConversationEngine engine,
      TurnDispatcher dispatcher, SeenEvents seen, ExclusiveLock lock, DeliveryRecorder recorder,
      RedisHolder redis) {
    BotProperties.Zalo z = props.getZalo();
    var settings = new ZaloSettings(z.getAppId(), z.getAppSecret(), z.getOaSecretKey(),
        z.getAccessToken(), z.getRefreshToken(), z.getApiBaseUrl(), z.getOauthBaseUrl(),
        z.getRateLimitPerMinute(), 0, null, null, null);
    ZaloTokenStore store = redis.client() != null ? new RedisZaloTokenStore(redis.client())
        : new FileZaloTokenStore(props.getDataDir());
    return new ZaloAdapter(settings, engine, dispatcher, ZaloClient.create(settings, store, lock), seen, recorder);
  }

  @Bean(initMethod = "start", destroyMethod = "stop")
  @ConditionalOnProperty(prefix = "bot.telegram", name = "token")
  TelegramChannel telegramChannel(BotProperties props, DefaultConversationEngine engine,
      TurnDispatcher dispatcher, SeenEvents seen, DeliveryRecorder recorder) {
    BotProperties.Telegram t = props.getTelegram();
    var settings = new TelegramSettings(t.getToken(), t.getApiBaseUrl(), t.getMode(), t.getWebhookSecret());
    return TelegramChannel.create(settings, engine, dispatcher, seen, recorder);
  }

  @Bean
  @ConditionalOnProperty(prefix = "bot.telegram", name = "token")
  ChannelAdapter telegramAdapter(TelegramChannel channel) {
    return channel.adapter();
  }

  @Bean
  HealthIndicator zaloHealthIndicator(org.springframework.beans.factory.ObjectProvider<ZaloAdapter> zalo) {
    return () -> health(zalo.getIfAvailable() == null ? null : zalo.getIfAvailable().health());
  }

  @Bean
  HealthIndicator telegramHealthIndicator(org.springframework.beans.factory.ObjectProvider<TelegramChannel> tg) {
    return () -> health(tg.getIfAvailable() == null ? null : tg.getIfAvailable().health());
  }

  private static Health health(ChannelHealth h) {
    if (h == null) {
      return Health.up().withDetail("channel", "off (not configured)").build();
    }
    return (h.isUp() ? Health.up() : Health.down()).withDetail("detail", h.detail()).build();
  }
}
