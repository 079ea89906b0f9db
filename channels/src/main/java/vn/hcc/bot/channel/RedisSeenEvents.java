package vn.hcc.bot.channel;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Deduplicates across restarts and replicas with {@code SET key 1 NX EX ttl}. When Redis cannot be
 * reached the event is treated as new: a rare duplicate answer is better than a lost question.
 */
public final class RedisSeenEvents implements SeenEvents {
  private static final Logger log = LoggerFactory.getLogger(RedisSeenEvents.class);

  /** Zalo's last retry comes about 1.8 h (or 12 h per an older source) after the first try; a day covers both. */
  public static final Duration DEFAULT_TTL = Duration.ofDays(1);

  private final UnifiedJedis redis;
  private final String prefix;
  private final long ttlSeconds;

  public RedisSeenEvents(UnifiedJedis redis, String prefix, Duration ttl) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.ttlSeconds = Math.max(1, ttl.toSeconds());
  }

  public RedisSeenEvents(UnifiedJedis redis) {
    this(redis, "hcc:seen:", DEFAULT_TTL);
  }

  @Override
  public boolean firstTime(String key) {
    try {
      return "OK".equals(redis.set(prefix + key, "1", SetParams.setParams().nx().ex(ttlSeconds)));
    } catch (RuntimeException e) {
      log.warn("deduplication unavailable ({}); treating {} as new", e.getMessage(), key);
      return true;
    }
  }
}
