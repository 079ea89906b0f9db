package vn.hcc.bot.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.ConversationStore;

/** Sessions in this process's memory, for a single instance; expired ones are purged as it goes. */
public final class InMemoryConversationStore implements ConversationStore {
  private static final int PURGE_EVERY = 1024;

  private record Stored(Conversation conversation, Instant expiresAt) {}

  private final ConcurrentHashMap<ConversationKey, Stored> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private int saves;

  public InMemoryConversationStore() {
    this(Clock.systemUTC());
  }

  public InMemoryConversationStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<Conversation> load(ConversationKey key) {
    Stored stored = sessions.get(key);
    if (stored == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(stored.expiresAt())) {
      sessions.remove(key, stored);
      return Optional.empty();
    }
    return Optional.of(stored.conversation());
  }

  @Override
  public void save(Conversation conversation, Duration ttl) {
    Instant now = clock.instant();
    sessions.put(conversation.key(), new Stored(conversation, now.plus(ttl)));
    if (++saves % PURGE_EVERY == 0) {
      sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
    }
  }

  @Override
  public void delete(ConversationKey key) {
    sessions.remove(key);
  }

  public int size() {
    return sessions.size();
  }
}
