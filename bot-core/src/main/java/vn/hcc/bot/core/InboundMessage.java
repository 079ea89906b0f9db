package vn.hcc.bot.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One message from a user. Either {@code text} (typed) or {@code payload} (a pressed button) is set;
 * a channel without buttons sends the typed "1", "2" as text and the engine maps it to its choices.
 */
public record InboundMessage(
    ConversationKey from, String messageId, String text, String payload, Instant receivedAt) {

  public InboundMessage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  public static InboundMessage text(ConversationKey from, String messageId, String text) {
    return new InboundMessage(from, messageId, text, null, Instant.now());
  }

  public static InboundMessage button(ConversationKey from, String messageId, String payload) {
    return new InboundMessage(from, messageId, null, payload, Instant.now());
  }

  public boolean isButton() {
    return payload != null && !payload.isEmpty();
  }
}
