package vn.hcc.bot.core.store;

import java.time.Duration;
import java.util.Objects;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** A {@link Deduplicator} shared by all instances: {@code SET key 1 NX PX ttl}. */
public final class RedisDeduplicator implements Deduplicator {
  public static final String DEFAULT_PREFIX = "hcc:seen:";

  private final UnifiedJedis redis;
  private final String prefix;

  public RedisDeduplicator(UnifiedJedis redis) {
    this(redis, DEFAULT_PREFIX);
  }

  public RedisDeduplicator(UnifiedJedis redis, String prefix) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
  }

  @Override
  public boolean firstTime(String key, Duration ttl) {
    String reply = redis.set(prefix + key, "1",
        SetParams.setParams().nx().px(Math.max(1, ttl.toMillis())));
    return "OK".equals(reply);
  }

  @Override
  public void forget(String key) {
    redis.del(prefix + key);
  }
}
