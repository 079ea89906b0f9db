package vn.hcc.bot.channel;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the most recent ids in memory, evicting the oldest beyond {@code capacity}. One instance only. */
public final class InMemorySeenEvents implements SeenEvents {
  private final Map<String, Boolean> seen;

  public InMemorySeenEvents(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  public InMemorySeenEvents() {
    this(100_000);
  }

  @Override
  public synchronized boolean firstTime(String key) {
    return seen.putIfAbsent(key, Boolean.TRUE) == null;
  }
}
