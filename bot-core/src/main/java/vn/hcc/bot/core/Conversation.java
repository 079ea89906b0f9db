package vn.hcc.bot.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The small state kept between two messages of one conversation. Immutable: rules return a changed
 * copy. {@code choices} are the button payloads offered last, so a typed "2" means the second one.
 */
public record Conversation(
    ConversationKey key,
    Step step,
    List<String> choices,
    String topicId,
    String lastQuestion,
    String lastAnswerMessageId,
    String draftContent,
    String draftContact,
    Instant updatedAt) {

  /** Where a guided flow stands; {@code NONE} outside of any flow. */
  public enum Step {
    NONE,
    FEEDBACK_CONTENT,
    FEEDBACK_CONTACT,
    FEEDBACK_CONFIRM,
    ERASE_CONFIRM
  }

  public Conversation {
    Objects.requireNonNull(key, "key");
    step = step == null ? Step.NONE : step;
    choices = choices == null ? List.of() : List.copyOf(choices);
    updatedAt = updatedAt == null ? Instant.EPOCH : updatedAt;
  }

  public static Conversation start(ConversationKey key, Instant now) {
    return new Conversation(key, Step.NONE, List.of(), null, null, null, null, null, now);
  }

  public Conversation withStep(Step newStep) {
    return new Conversation(key, newStep, choices, topicId, lastQuestion, lastAnswerMessageId,
        draftContent, draftContact, updatedAt);
  }

  public Conversation withChoices(List<String> newChoices) {
    return new Conversation(key, step, newChoices, topicId, lastQuestion, lastAnswerMessageId,
        draftContent, draftContact, updatedAt);
  }

  public Conversation withTopic(String entryId, String maskedQuestion, String answerMessageId) {
    return new Conversation(key, step, choices, entryId, maskedQuestion, answerMessageId,
        draftContent, draftContact, updatedAt);
  }

  public Conversation withDraft(String content, String contact) {
    return new Conversation(key, step, choices, topicId, lastQuestion, lastAnswerMessageId,
        content, contact, updatedAt);
  }

  public Conversation touchedAt(Instant now) {
    return new Conversation(key, step, choices, topicId, lastQuestion, lastAnswerMessageId,
        draftContent, draftContact, now);
  }

  /** Leaves any guided flow and forgets its draft; the topic is kept for follow-up questions. */
  public Conversation endFlow() {
    return new Conversation(key, Step.NONE, choices, topicId, lastQuestion, lastAnswerMessageId,
        null, null, updatedAt);
  }
}
