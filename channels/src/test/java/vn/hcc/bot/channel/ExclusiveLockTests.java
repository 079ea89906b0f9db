package vn.hcc.bot.channel;

import vn.hcc.bot.core.store.RedisConnections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

class ExclusiveLockTests {
  private final String prefix = "test:" + UUID.randomUUID() + ":";
  private final UnifiedJedis redis = RedisConnections.open("redis://127.0.0.1:6379");

  @AfterEach
  void cleanUp() {
    redis.keys(prefix + "*").forEach(redis::del);
    redis.close();
  }

  @Test
  void redisLockExcludesASecondHolderAndReleasesAfterwards() {
    RedisLock a = new RedisLock(redis, prefix, Duration.ofSeconds(10), Duration.ofMillis(150), d -> {});
    RedisLock b = new RedisLock(redis, prefix, Duration.ofSeconds(10), Duration.ofMillis(150), d -> {});
    String result =
        a.callLocked("zalo-refresh", () -> {
          assertThatThrownBy(() -> b.callLocked("zalo-refresh", () -> "never"))
              .isInstanceOf(IllegalStateException.class);
          return "done";
        });
    assertThat(result).isEqualTo("done");
    assertThat(redis.exists(prefix + "zalo-refresh")).isFalse();
    assertThat(b.callLocked("zalo-refresh", () -> "now")).isEqualTo("now");
  }

  @Test
  void redisLockDoesNotFreeALeaseTakenOverByAnotherOwner() {
    RedisLock a = new RedisLock(redis, prefix, Duration.ofSeconds(10), Duration.ofMillis(150), d -> {});
    a.callLocked("k", () -> redis.set(prefix + "k", "someone-else"));
    assertThat(redis.get(prefix + "k")).isEqualTo("someone-else");
  }

  @Test
  void inProcessLockRunsTheAction() {
    assertThat(new InProcessLock().callLocked("x", () -> 42)).isEqualTo(42);
  }
}
