package vn.hcc.bot.app.conversation;

import vn.hcc.bot.core.handoff.HandoffRecord;
import vn.hcc.bot.core.handoff.HandoffSink;
import vn.hcc.bot.core.ticket.TicketStore;

/**
 * "Gặp cán bộ" requests become tickets in the persistent ticket store, so that the promise "cán bộ
 * sẽ liên hệ lại" holds even without a staff Telegram chat: staff find them in the console's
 * ticket list (they survive restarts) and answer on the citizen's channel like any ticket. They
 * are erased with the citizen's data as tickets are.
 */
public class TicketHandoffSink implements HandoffSink {
  static final String PREFIX = "Yêu cầu gặp cán bộ.";

  private final TicketStore tickets;

  public TicketHandoffSink(TicketStore tickets) {
    this.tickets = tickets;
  }

  @Override
  public void record(HandoffRecord h) {
    StringBuilder content = new StringBuilder(PREFIX);
    if (h.lastQuestion() != null && !h.lastQuestion().isBlank()) {
      content.append(" Câu hỏi gần nhất: ").append(h.lastQuestion());
    }
    if (h.topicId() != null) {
      content.append(" (chủ đề: ").append(h.topicId()).append(')');
    }
    tickets.create(h.key(), h.userHash(), content.toString(), null);
  }
}
