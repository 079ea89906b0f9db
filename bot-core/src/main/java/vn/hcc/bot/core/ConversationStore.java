package vn.hcc.bot.core;

import java.time.Duration;
import java.util.Optional;

/**
 * Keeps each conversation's small state between messages. A saved conversation expires when it is
 * not saved again within its time to live, so idle conversations disappear on their own.
 */
public interface ConversationStore {
  Optional<Conversation> load(ConversationKey key);

  void save(Conversation conversation, Duration ttl);

  void delete(ConversationKey key);
}
