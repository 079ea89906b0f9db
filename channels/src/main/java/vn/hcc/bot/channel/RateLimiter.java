package vn.hcc.bot.channel;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A token bucket: up to {@code burst} permits at once, refilled at {@code permits / period}. Callers
 * reserve a permit under the lock and wait outside it, so waiting callers queue fairly.
 */
public final class RateLimiter {
  private final double burst;
  private final double permitsPerNano;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;
  private double tokens;
  private long lastRefill;

  public RateLimiter(int permits, Duration period, int burst, LongSupplier nanoClock, Sleeper sleeper) {
    if (permits < 1 || burst < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("rate limit needs permits >= 1, burst >= 1 and a period > 0");
    }
    this.burst = burst;
    this.permitsPerNano = permits / (double) period.toNanos();
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.tokens = burst;
    this.lastRefill = nanoClock.getAsLong();
  }

  /** {@code permits} per {@code period}, bursting up to {@code permits}, on the system clock. */
  public static RateLimiter of(int permits, Duration period) {
    return new RateLimiter(permits, period, permits, System::nanoTime, Sleeper.SYSTEM);
  }

  /** Blocks until a permit is available. */
  public void acquire() throws InterruptedException {
    long waitNanos = reserveNanos();
    if (waitNanos > 0) {
      sleeper.sleep(Duration.ofNanos(waitNanos));
    }
  }

  /** Takes a permit, possibly in advance, and returns how many nanoseconds the caller must wait. */
  public synchronized long reserveNanos() {
    long now = nanoClock.getAsLong();
    tokens = Math.min(burst, tokens + (now - lastRefill) * permitsPerNano);
    lastRefill = now;
    tokens -= 1;
    return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / permitsPerNano);
  }
}
