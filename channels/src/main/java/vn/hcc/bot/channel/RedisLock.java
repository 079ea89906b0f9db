package vn.hcc.bot.channel;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * {@link ExclusiveLock} across replicas: {@code SET name token NX PX lease}, released only by its owner
 * (compare-and-delete in one Lua script, so an expired lease taken by someone else is never freed).
 */
public final class RedisLock implements ExclusiveLock {
  private static final String RELEASE =
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
  private static final Duration POLL = Duration.ofMillis(50);

  private final UnifiedJedis redis;
  private final String prefix;
  private final Duration lease;
  private final Duration wait;
  private final Sleeper sleeper;

  public RedisLock(UnifiedJedis redis, String prefix, Duration lease, Duration wait, Sleeper sleeper) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.lease = lease;
    this.wait = wait;
    this.sleeper = sleeper;
  }

  /** A 60 s lease (longer than any refresh call) and a 30 s wait. */
  public RedisLock(UnifiedJedis redis) {
    this(redis, "hcc:lock:", Duration.ofSeconds(60), Duration.ofSeconds(30), Sleeper.SYSTEM);
  }

  @Override
  public <T> T callLocked(String name, Supplier<T> action) {
    String key = prefix + name;
    String token = UUID.randomUUID().toString();
    acquire(key, token);
    try {
      return action.get();
    } finally {
      redis.eval(RELEASE, List.of(key), List.of(token));
    }
  }

  private void acquire(String key, String token) {
    long deadline = System.nanoTime() + wait.toNanos();
    SetParams params = SetParams.setParams().nx().px(lease.toMillis());
    while (!"OK".equals(redis.set(key, token, params))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("lock '" + key + "' still held elsewhere after " + wait);
      }
      try {
        sleeper.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for lock '" + key + "'", e);
      }
    }
  }
}
