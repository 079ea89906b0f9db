package vn.hcc.bot.core.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import vn.hcc.bot.core.ConversationStore;
import vn.hcc.bot.core.testing.MutableClock;

class InMemoryConversationStoreTests extends ConversationStoreContract {
  private MutableClock clock;
  private InMemoryConversationStore store;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);
    store = new InMemoryConversationStore(clock);
  }

  @Override
  protected ConversationStore store() {
    return store;
  }

  @Override
  protected void expire(Duration moreThan) {
    clock.advance(moreThan.plusMillis(1));
  }
}
