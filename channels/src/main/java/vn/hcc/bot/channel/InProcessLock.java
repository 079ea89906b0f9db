package vn.hcc.bot.channel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** {@link ExclusiveLock} for a single instance (no Redis configured). */
public final class InProcessLock implements ExclusiveLock {
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Duration wait;

  public InProcessLock(Duration wait) {
    this.wait = wait;
  }

  public InProcessLock() {
    this(Duration.ofSeconds(30));
  }

  @Override
  public <T> T callLocked(String name, Supplier<T> action) {
    ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
    try {
      if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("lock '" + name + "' still busy after " + wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for lock '" + name + "'", e);
    }
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
