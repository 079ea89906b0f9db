package vn.hcc.bot.channel;

import vn.hcc.bot.core.store.RedisConnections;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/** Redis runs on 127.0.0.1:6379 on build machines; these tests fail, never skip, without it. */
class SeenEventsTests {
  private final String prefix = "test:" + UUID.randomUUID() + ":";
  private final UnifiedJedis redis = RedisConnections.open("redis://127.0.0.1:6379");

  @AfterEach
  void cleanUp() {
    redis.keys(prefix + "*").forEach(redis::del);
    redis.close();
  }

  @Test
  void inMemoryReportsOnlyTheFirstSighting() {
    SeenEvents seen = new InMemorySeenEvents(10);
    assertThat(seen.firstTime("a")).isTrue();
    assertThat(seen.firstTime("a")).isFalse();
    assertThat(seen.firstTime("b")).isTrue();
  }

  @Test
  void inMemoryForgetsTheOldestBeyondCapacity() {
    SeenEvents seen = new InMemorySeenEvents(2);
    seen.firstTime("a");
    seen.firstTime("b");
    seen.firstTime("c");
    assertThat(seen.firstTime("a")).isTrue();
    assertThat(seen.firstTime("c")).isFalse();
  }

  @Test
  void redisRemembersAcrossInstancesWithAnExpiry() {
    SeenEvents first = new RedisSeenEvents(redis, prefix, Duration.ofDays(1));
    SeenEvents restarted = new RedisSeenEvents(redis, prefix, Duration.ofDays(1));
    assertThat(first.firstTime("zalo:m1")).isTrue();
    assertThat(restarted.firstTime("zalo:m1")).isFalse();
    assertThat(redis.ttl(prefix + "zalo:m1")).isBetween(86_000L, 86_400L);
  }
}
