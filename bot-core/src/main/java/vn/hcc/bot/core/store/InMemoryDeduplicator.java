package vn.hcc.bot.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link Deduplicator} for a single instance; expired keys are purged every few thousand calls. */
public final class InMemoryDeduplicator implements Deduplicator {
  private static final int PURGE_EVERY = 4096;

  private final ConcurrentHashMap<String, Instant> seen = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final Clock clock;

  public InMemoryDeduplicator() {
    this(Clock.systemUTC());
  }

  public InMemoryDeduplicator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean firstTime(String key, Duration ttl) {
    Instant now = clock.instant();
    Instant expiry = now.plus(ttl);
    boolean[] first = {false};
    seen.compute(key, (k, old) -> {
      if (old == null || !now.isBefore(old)) {
        first[0] = true;
        return expiry;
      }
      return old;
    });
    if (calls.incrementAndGet() % PURGE_EVERY == 0) {
      seen.values().removeIf(until -> !now.isBefore(until));
    }
    return first[0];
  }

  @Override
  public void forget(String key) {
    seen.remove(key);
  }
}
