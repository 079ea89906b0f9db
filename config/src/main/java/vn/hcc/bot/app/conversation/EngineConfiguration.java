package vn.hcc.bot.app.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.UnifiedJedis;
import vn.hcc.bot.app.BotProperties;
import vn.hcc.bot.app.knowledge.KnowledgeService;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.ConversationStore;
import vn.hcc.bot.core.engine.DefaultConversationEngine;
import vn.hcc.bot.core.engine.EngineSettings;
import vn.hcc.bot.core.handoff.HandoffSink;
import vn.hcc.bot.core.handoff.StaffDirectory;
import vn.hcc.bot.core.handoff.StaffNotifier;
import vn.hcc.bot.core.log.JsonLinesQuestionLog;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.RedisStreamQuestionLog;
import vn.hcc.bot.core.store.Deduplicator;
import vn.hcc.bot.core.store.InMemoryConversationStore;
import vn.hcc.bot.core.store.InMemoryDeduplicator;
import vn.hcc.bot.core.store.RedisConnections;
import vn.hcc.bot.core.store.RedisConversationStore;
import vn.hcc.bot.core.store.RedisDeduplicator;
import vn.hcc.bot.app.admin.tickets.AdminTicketStore;
import vn.hcc.bot.app.admin.tickets.FileTicketStore;
import vn.hcc.bot.app.admin.tickets.RedisTicketStore;
import vn.hcc.bot.core.ticket.TicketStore;

/**
 * The conversation engine and what it keeps: embedded (memory and files under bot.data-dir) by
 * default, Redis for sessions, deduplication and the question log when bot.redis.url is set.
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

  /** The shared Redis client, or null in embedded mode. */
  @Bean(destroyMethod = "close")
  RedisHolder redisHolder(BotProperties props) {
    return new RedisHolder(props.getRedis().enabled() ? RedisConnections.open(props.getRedis().getUrl()) : null);
  }

  @Bean
  ConversationStore conversationStore(RedisHolder redis) {
    return redis.client() != null ? new RedisConversationStore(redis.client()) : new InMemoryConversationStore();
  }

  @Bean
  Deduplicator deduplicator(RedisHolder redis) {
    return redis.client() != null ? new RedisDeduplicator(redis.client()) : new InMemoryDeduplicator();
  }

  @Bean
  QuestionLog questionLog(RedisHolder redis, BotProperties props) {
    ZoneId zone = ZoneId.of(props.getPrivacy().getZone());
    if (redis.client() != null) {
      return new RedisStreamQuestionLog(redis.client(), RedisStreamQuestionLog.DEFAULT_STREAM, zone);
    }
    return new JsonLinesQuestionLog(props.getDataDir().resolve("questions"), zone, false);
  }

  /** Persistent tickets: a Redis hash when Redis is configured, else tickets/tickets.json. */
  @Bean
  AdminTicketStore ticketStore(RedisHolder redis, BotProperties props) {
    ZoneId zone = ZoneId.of(props.getPrivacy().getZone());
    if (redis.client() != null) {
      return new RedisTicketStore(redis.client(), "hcc:", Clock.systemUTC(), zone);
    }
    return new FileTicketStore(props.getDataDir().resolve("tickets/tickets.json"), Clock.systemUTC(), zone);
  }

  /** Handoff requests land in the ticket list (see TicketHandoffSink). */
  @Bean
  HandoffSink handoffSink(AdminTicketStore tickets) {
    return new TicketHandoffSink(tickets);
  }

  @Bean
  StaffDirectory staffDirectory(BotProperties props) {
    List<String> telegram = props.getStaff().getTelegramIds();
    List<String> zalo = props.getStaff().getZaloIds();
    return (ConversationKey key) -> ("telegram".equals(key.channel()) && telegram.contains(key.userId()))
        || ("zalo".equals(key.channel()) && zalo.contains(key.userId()));
  }

  @Bean
  EngineSettings engineSettings(BotProperties props) {
    BotProperties.Locality l = props.getLocality();
    EngineSettings d = EngineSettings.defaults();
    BotProperties.Privacy p = props.getPrivacy();
    return new EngineSettings(or(l.getCentreName(), d.centreName()), or(l.getHotline(), d.hotline()),
        or(l.getHours(), d.hours()), or(l.getPortalUrl(), d.portalUrl()),
        SaltFile.load(p.getSalt(), props.getDataDir()), p.getSessionTtl(), d.privacyRetention(),
        d.privacyRetentionPeriod(), ZoneId.of(p.getZone()), d.clarifyMargin(), d.clarifyFloor());
  }

  @Bean
  DefaultConversationEngine conversationEngine(KnowledgeService knowledge, QuestionLog log,
      EngineSettings settings, ConversationStore store, Deduplicator dedup, TicketStore tickets,
      HandoffSink handoffs, StaffDirectory staff, BotProperties props,
      ObjectProvider<StaffNotifier> notifier,
      ObjectProvider<vn.hcc.bot.app.admin.tickets.WebOutbox> webOutbox) {
    var b = DefaultConversationEngine.builder()
        .lookup(new IndexedFaqLookup(knowledge))
        .log(log)
        .settings(settings)
        .store(store)
        .deduplicator(dedup)
        .tickets(tickets)
        .handoffs(handoffs)
        .staff(staff)
        .staffNotifier(notifier.getIfAvailable(() -> StaffNotifier.NONE));
    webOutbox.ifAvailable(b::eraser); // answers waiting for a web visitor go with "/xoadulieu"
    String url = props.getDossier().getLookupUrl();
    if (url != null && !url.isBlank()) {
      Duration timeout = props.getDossier().getTimeout();
      b.dossiers(new HttpDossierLookup(url, timeout));
    }
    return b.build();
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Holds the optional Redis client so that other beans can ask for it without null beans. */
  public record RedisHolder(UnifiedJedis client) implements AutoCloseable {
    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }

}
