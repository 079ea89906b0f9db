package vn.hcc.bot.core.handoff;

import java.time.Instant;
import java.util.Objects;
import vn.hcc.bot.core.ConversationKey;

/**
 * A citizen asked for a person. The key is kept (unlike in the question log) because staff must
 * reach the citizen on their channel; {@code lastQuestion} is masked.
 */
public record HandoffRecord(
    Instant time, ConversationKey key, String userHash, String topicId, String lastQuestion) {
  public HandoffRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(key, "key");
  }
}
