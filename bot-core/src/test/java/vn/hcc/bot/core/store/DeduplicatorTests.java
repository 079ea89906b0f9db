package vn.hcc.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import vn.hcc.bot.core.testing.MutableClock;
import vn.hcc.bot.core.testing.RedisTestSupport;

class DeduplicatorTests {
  @Test
  void inMemoryRemembersUntilExpiry() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);
    Deduplicator d = new InMemoryDeduplicator(clock);
    assertThat(d.firstTime("k", Duration.ofSeconds(10))).isTrue();
    assertThat(d.firstTime("k", Duration.ofSeconds(10))).isFalse();
    clock.advance(Duration.ofSeconds(11));
    assertThat(d.firstTime("k", Duration.ofSeconds(10))).isTrue();
    d.forget("k");
    assertThat(d.firstTime("k", Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void inMemoryLetsExactlyOneConcurrentCallerThrough() throws Exception {
    assertOneWinner(new InMemoryDeduplicator());
  }

  @Test
  void redisUsesSetNxWithExpiry() throws Exception {
    UnifiedJedis redis = RedisTestSupport.connect();
    String prefix = "test:" + UUID.randomUUID() + ":";
    try {
      Deduplicator d = new RedisDeduplicator(redis, prefix);
      assertThat(d.firstTime("k", Duration.ofMillis(200))).isTrue();
      assertThat(d.firstTime("k", Duration.ofMillis(200))).isFalse();
      Thread.sleep(300);
      assertThat(d.firstTime("k", Duration.ofSeconds(10))).isTrue();
      d.forget("k");
      assertThat(d.firstTime("k", Duration.ofSeconds(10))).isTrue();
      assertOneWinner(d);
    } finally {
      RedisTestSupport.deleteKeys(redis, prefix);
      redis.close();
    }
  }

  private static void assertOneWinner(Deduplicator d) throws Exception {
    AtomicInteger winners = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 32; i++) {
      pool.submit(() -> {
        if (d.firstTime("race", Duration.ofMinutes(1))) {
          winners.incrementAndGet();
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(winners).hasValue(1);
  }
}
