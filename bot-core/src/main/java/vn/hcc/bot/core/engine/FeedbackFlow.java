package vn.hcc.bot.core.engine;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.Conversation.Step;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.ticket.Ticket;

/**
 * Feedback on administrative rules, step by step: content, optional contact, summary, then a
 * numbered ticket. "hủy" (or the Hủy button) stops it at any step.
 */
final class FeedbackFlow {
  static final int MAX_CONTACT_CHARS = 200;
  private static final Logger log = LoggerFactory.getLogger(FeedbackFlow.class);

  private final Services services;

  FeedbackFlow(Services services) {
    this.services = services;
  }

  static boolean isActive(Conversation c) {
    return c.step() == Step.FEEDBACK_CONTENT || c.step() == Step.FEEDBACK_CONTACT
        || c.step() == Step.FEEDBACK_CONFIRM;
  }

  void start(Turn t) {
    t.outcome(OutcomeType.FEEDBACK);
    t.conversation = t.conversation.endFlow().withStep(Step.FEEDBACK_CONTENT);
    t.reply(Reply.withButtons(services.msg("feedback.ask.content"), List.of(cancelButton())));
  }

  /** Handles typed text while the flow is active. */
  void onText(Turn t) {
    t.outcome(OutcomeType.FEEDBACK);
    if (IntentMatcher.isCancel(t.folded)) {
      cancel(t);
      return;
    }
    Step step = t.conversation.step();
    if (step == Step.FEEDBACK_CONTENT) {
      takeContent(t);
    } else if (step == Step.FEEDBACK_CONTACT) {
      takeContact(t, IntentMatcher.isSkip(t.folded) ? null : t.text);
    } else if (IntentMatcher.isConfirm(t.folded)) {
      submit(t);
    } else {
      summary(t);
    }
  }

  /** Handles the flow's buttons: fb:skip, fb:ok, fb:cancel. */
  void onPayload(Turn t, String payload) {
    t.outcome(OutcomeType.FEEDBACK);
    Step step = t.conversation.step();
    if ("fb:cancel".equals(payload)) {
      cancel(t);
    } else if ("fb:skip".equals(payload) && step == Step.FEEDBACK_CONTACT) {
      takeContact(t, null);
    } else if ("fb:ok".equals(payload) && step == Step.FEEDBACK_CONFIRM) {
      submit(t);
    } else {
      t.conversation = t.conversation.endFlow();
      t.reply(Reply.text(services.msg("feedback.expired")));
    }
  }

  private void takeContent(Turn t) {
    if (t.text.isBlank()) {
      t.reply(Reply.withButtons(services.msg("feedback.ask.content"), List.of(cancelButton())));
      return;
    }
    t.conversation = t.conversation.withDraft(t.text, null).withStep(Step.FEEDBACK_CONTACT);
    t.reply(Reply.withButtons(services.msg("feedback.ask.contact"), List.of(
        new Button(services.msg("button.skip"), "fb:skip"), cancelButton())));
  }

  private void takeContact(Turn t, String contact) {
    String kept = contact == null || contact.isBlank() ? null
        : contact.strip().substring(0, Math.min(contact.strip().length(), MAX_CONTACT_CHARS));
    t.conversation = t.conversation.withDraft(t.conversation.draftContent(), kept)
        .withStep(Step.FEEDBACK_CONFIRM);
    summary(t);
  }

  private void summary(Turn t) {
    Conversation c = t.conversation;
    String contact = c.draftContact() == null ? services.msg("feedback.no.contact") : c.draftContact();
    t.reply(Reply.withButtons(
        services.msg("feedback.summary", "content", c.draftContent(), "contact", contact),
        List.of(new Button(services.msg("button.confirm"), "fb:ok"), cancelButton())));
  }

  private void submit(Turn t) {
    Conversation c = t.conversation;
    Ticket ticket = services.tickets().create(
        t.key(), t.userHash, c.draftContent(), c.draftContact());
    t.entryId = ticket.number();
    t.conversation = c.endFlow();
    try {
      services.notifier().ticketCreated(ticket);
    } catch (RuntimeException e) {
      log.warn("Staff notification failed for ticket {}: {}", ticket.number(), e.toString());
    }
    t.reply(Reply.text(services.msg("feedback.done", "number", ticket.number())));
  }

  private void cancel(Turn t) {
    t.conversation = t.conversation.endFlow();
    t.reply(Reply.text(services.msg("feedback.cancelled")));
  }

  private Button cancelButton() {
    return new Button(services.msg("button.cancel"), "fb:cancel");
  }
}
