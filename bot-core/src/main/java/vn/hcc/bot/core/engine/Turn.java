package vn.hcc.bot.core.engine;

import java.util.ArrayList;
import java.util.List;
import vn.hcc.bot.core.Audience;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.log.OutcomeType;

/**
 * One message being handled: what came in, the conversation as the rules change it, the replies
 * collected so far and what will be logged about it.
 */
final class Turn {
  final InboundMessage message;
  final String userHash;
  final boolean staff;
  final String text;
  final String folded;
  final String maskedText;
  Conversation conversation;
  String payload;

  final List<Reply> replies = new ArrayList<>();
  OutcomeType outcome = OutcomeType.COMMAND;
  String entryId;
  String category;
  Double confidence;
  String rating;
  String refMessageId;
  String loggedText;
  boolean erased;

  Turn(InboundMessage message, String userHash, boolean staff, String text, String maskedText,
      Conversation conversation) {
    this.message = message;
    this.userHash = userHash;
    this.staff = staff;
    this.text = text;
    this.folded = TextNormalizer.fold(text);
    this.maskedText = maskedText;
    this.conversation = conversation;
    this.payload = message.isButton() ? message.payload().strip() : null;
  }

  ConversationKey key() {
    return message.from();
  }

  Audience audience() {
    return staff ? Audience.STAFF : Audience.CITIZEN;
  }

  void reply(Reply reply) {
    replies.add(reply);
  }

  void outcome(OutcomeType type) {
    this.outcome = type;
  }

  void outcome(OutcomeType type, String entryId, String category, Double confidence) {
    this.outcome = type;
    this.entryId = entryId;
    this.category = category;
    this.confidence = confidence;
  }
}
