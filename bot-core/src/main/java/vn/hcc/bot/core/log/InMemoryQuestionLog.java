package vn.hcc.bot.core.log;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.privacy.PersonalDataEraser;

/** A question log in memory, for tests and benchmarks; nothing survives a restart. */
public final class InMemoryQuestionLog implements QuestionLog, PersonalDataEraser {
  private final List<QuestionLogEntry> entries = new ArrayList<>();
  private final ZoneId zone;

  public InMemoryQuestionLog() {
    this(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  public InMemoryQuestionLog(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public synchronized void append(QuestionLogEntry entry) {
    entries.add(entry);
  }

  @Override
  public synchronized void recordDelivery(
      String channel, String userHash, String messageId, DeliveryStatus status, String detail) {
    entries.replaceAll(e -> Objects.equals(e.channel(), channel)
        && Objects.equals(e.userHash(), userHash) && Objects.equals(e.messageId(), messageId)
        ? e.withDelivery(status, detail) : e);
  }

  @Override
  public void read(LocalDate from, LocalDate to, Consumer<QuestionLogEntry> action) {
    for (QuestionLogEntry e : entries()) {
      LocalDate day = LocalDate.ofInstant(e.time(), zone);
      if (!day.isBefore(from) && !day.isAfter(to)) {
        action.accept(e);
      }
    }
  }

  public synchronized List<QuestionLogEntry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized void erase(ConversationKey key, String userHash) {
    entries.removeIf(e -> Objects.equals(userHash, e.userHash()));
  }
}
