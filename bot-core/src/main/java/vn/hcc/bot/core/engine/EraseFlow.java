package vn.hcc.bot.core.engine;

import java.util.List;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Conversation.Step;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.privacy.PersonalDataEraser;

/**
 * "/xoadulieu": asks for confirmation, then erases the user's session, question-log lines, links
 * to their tickets and handoffs (Law 91/2025/QH15 on personal data protection).
 */
final class EraseFlow {
  static final String NOTICE_PREFIX = "notice:";

  private final Services services;

  EraseFlow(Services services) {
    this.services = services;
  }

  void start(Turn t) {
    t.conversation = t.conversation.endFlow().withStep(Step.ERASE_CONFIRM);
    t.reply(Reply.withButtons(services.msg("erase.confirm"), List.of(
        new Button(services.msg("button.erase.confirm"), "erase:ok"),
        new Button(services.msg("button.cancel"), "erase:cancel"))));
  }

  void confirm(Turn t) {
    if (t.conversation.step() != Step.ERASE_CONFIRM) {
      start(t);
      return;
    }
    for (PersonalDataEraser eraser : services.erasers()) {
      eraser.erase(t.key(), t.userHash);
    }
    services.store().delete(t.key());
    services.deduplicator().forget(NOTICE_PREFIX + t.userHash);
    t.erased = true;
    t.reply(Reply.text(services.msg("erase.done")));
  }

  void cancel(Turn t) {
    t.conversation = t.conversation.endFlow();
    t.reply(Reply.text(services.msg("erase.cancelled")));
  }
}
