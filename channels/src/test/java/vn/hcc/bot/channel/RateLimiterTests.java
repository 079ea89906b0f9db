package vn.hcc.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTests {
  private final AtomicLong now = new AtomicLong();

  @Test
  void allowsABurstThenSpacesPermitsEvenly() {
    RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(1), 2, now::get, d -> {});
    assertThat(limiter.reserveNanos()).isZero();
    assertThat(limiter.reserveNanos()).isZero();
    assertThat(limiter.reserveNanos()).isEqualTo(Duration.ofMillis(500).toNanos());
    assertThat(limiter.reserveNanos()).isEqualTo(Duration.ofMillis(1000).toNanos());
  }

  @Test
  void refillsWithTimeUpToTheBurst() {
    RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(1), 1, now::get, d -> {});
    assertThat(limiter.reserveNanos()).isZero();
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertThat(limiter.reserveNanos()).isZero();
    assertThat(limiter.reserveNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void acquireSleepsForTheReservedWait() throws Exception {
    AtomicLong slept = new AtomicLong();
    RateLimiter limiter =
        new RateLimiter(1, Duration.ofSeconds(1), 1, now::get, d -> slept.addAndGet(d.toMillis()));
    limiter.acquire();
    limiter.acquire();
    assertThat(slept.get()).isEqualTo(1000);
  }
}
