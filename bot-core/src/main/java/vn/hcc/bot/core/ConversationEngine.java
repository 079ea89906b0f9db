package vn.hcc.bot.core;

import java.util.List;

/**
 * Turns one inbound message into the replies to send. Never throws for user input: an internal
 * failure becomes a polite apology and the conversation is reset.
 */
public interface ConversationEngine {
  List<Reply> handle(InboundMessage message);
}
