package vn.hcc.bot.core.log;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The record of every turn, written before its reply is returned so that an acknowledged turn is
 * never lost. Reports read it back by date range.
 */
public interface QuestionLog {
  void append(QuestionLogEntry entry);

  /**
   * Notes whether the replies to {@code messageId} reached the user. {@code userHash} is the value
   * {@link vn.hcc.bot.core.privacy.UserHasher} gives for the conversation key.
   */
  void recordDelivery(
      String channel, String userHash, String messageId, DeliveryStatus status, String detail);

  /** Calls {@code action} for each entry of the days {@code from} to {@code to}, inclusive, in order. */
  void read(LocalDate from, LocalDate to, Consumer<QuestionLogEntry> action);
}
