package vn.hcc.bot.core.testing;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import vn.hcc.bot.core.store.RedisConnections;

/**
 * Connects tests to the Redis that runs beside the build (127.0.0.1:6379, db 15, or REDIS_TEST_URL).
 * A missing server fails the test with a message saying how to start one: it never skips.
 */
public final class RedisTestSupport {
  public static final String DEFAULT_URL = "redis://127.0.0.1:6379/15";

  private RedisTestSupport() {}

  public static UnifiedJedis connect() {
    String url = System.getenv().getOrDefault("REDIS_TEST_URL", DEFAULT_URL);
    UnifiedJedis redis = RedisConnections.open(url);
    try {
      redis.ping();
    } catch (RuntimeException e) {
      redis.close();
      throw new AssertionError("Redis is required for this test at " + url
          + " (start it with: redis-server --port 6379), but: " + e, e);
    }
    return redis;
  }

  public static void deleteKeys(UnifiedJedis redis, String prefix) {
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = redis.scan(cursor, new ScanParams().match(prefix + "*").count(500));
      if (!page.getResult().isEmpty()) {
        redis.del(page.getResult().toArray(String[]::new));
      }
      cursor = page.getCursor();
    } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
  }
}
