package vn.hcc.bot.core.store;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.UnifiedJedis;
import vn.hcc.bot.core.ConversationStore;
import vn.hcc.bot.core.testing.RedisTestSupport;

/** Runs against the real Redis on 127.0.0.1:6379 (db 15); fails, never skips, when it is absent. */
class RedisConversationStoreTests extends ConversationStoreContract {
  private UnifiedJedis redis;
  private String prefix;
  private RedisConversationStore store;

  @BeforeEach
  void setUp() {
    redis = RedisTestSupport.connect();
    prefix = "test:" + UUID.randomUUID() + ":";
    store = new RedisConversationStore(redis, prefix);
  }

  @AfterEach
  void tearDown() {
    RedisTestSupport.deleteKeys(redis, prefix);
    redis.close();
  }

  @Override
  protected ConversationStore store() {
    return store;
  }

  @Override
  protected void expire(Duration moreThan) {
    try {
      Thread.sleep(moreThan.toMillis() + 100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
