package vn.hcc.bot.core.store;

import java.time.Duration;

/**
 * Remembers keys for a while, to handle a redelivered message only once (platforms retry webhooks)
 * and to note one-time events such as the privacy notice.
 */
public interface Deduplicator {
  /** True the first time {@code key} is seen within {@code ttl}; false for a repeat. Atomic. */
  boolean firstTime(String key, Duration ttl);

  void forget(String key);
}
