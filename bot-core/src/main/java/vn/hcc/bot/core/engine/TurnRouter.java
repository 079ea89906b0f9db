package vn.hcc.bot.core.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.Conversation.Step;
import vn.hcc.bot.core.dossier.DossierCode;

/**
 * Sends a turn to the rule that handles it: pressed buttons (or the digit typed for one) first,
 * then an active guided flow, then commands and small talk, dossier codes, and finally questions.
 */
final class TurnRouter {
  private static final Pattern CHOICE_NUMBER = Pattern.compile("\\d{1,2}[.)]?");

  private final IntentMatcher intents = new IntentMatcher();
  private final MenuRule menu;
  private final FaqResponder faq;
  private final HandoffRule handoff;
  private final FeedbackFlow feedback;
  private final DossierRule dossier;
  private final EraseFlow erase;

  TurnRouter(Services services) {
    this.menu = new MenuRule(services);
    this.faq = new FaqResponder(services, menu);
    this.handoff = new HandoffRule(services);
    this.feedback = new FeedbackFlow(services);
    this.dossier = new DossierRule(services);
    this.erase = new EraseFlow(services);
  }

  void route(Turn t) {
    mapTypedChoice(t);
    if (t.payload != null) {
      routePayload(t, t.payload);
      return;
    }
    if (inFlow(t)) {
      return;
    }
    if (t.text.isEmpty()) {
      menu.empty(t);
      return;
    }
    if (routeIntent(t, intents.match(t.folded))) {
      return;
    }
    Optional<String> code = DossierCode.find(t.text);
    if (code.isPresent()) {
      dossier.handle(t, code.get());
      return;
    }
    faq.question(t);
  }

  /** A channel without buttons shows a numbered list; "2" means the second choice offered. */
  private static void mapTypedChoice(Turn t) {
    List<String> choices = t.conversation.choices();
    if (t.payload != null || choices.isEmpty() || !CHOICE_NUMBER.matcher(t.text).matches()) {
      return;
    }
    int n = Integer.parseInt(t.text.replaceAll("\\D", ""));
    if (n >= 1 && n <= choices.size()) {
      t.payload = choices.get(n - 1);
    }
  }

  /** Handles the turn inside a guided flow; false when the turn should be routed normally. */
  private boolean inFlow(Turn t) {
    Conversation c = t.conversation;
    if (c.step() == Step.NONE) {
      return false;
    }
    if (t.text.startsWith("/")) {
      t.conversation = c.endFlow();
      return false;
    }
    if (FeedbackFlow.isActive(c)) {
      feedback.onText(t);
      return true;
    }
    if (IntentMatcher.isConfirm(t.folded)) {
      erase.confirm(t);
      return true;
    }
    if (IntentMatcher.isCancel(t.folded)) {
      erase.cancel(t);
      return true;
    }
    t.conversation = c.endFlow();
    return false;
  }

  private boolean routeIntent(Turn t, Intent intent) {
    switch (intent) {
      case GREETING -> menu.greet(t);
      case THANKS -> menu.thanks(t);
      case GOODBYE -> menu.goodbye(t);
      case WHO -> menu.who(t);
      case HELP -> menu.menu(t);
      case HANDOFF -> handoff.handoff(t);
      case FEEDBACK -> feedback.start(t);
      case ERASE -> erase.start(t);
      default -> {
        return false;
      }
    }
    return true;
  }

  private void routePayload(Turn t, String payload) {
    if (payload.startsWith("fb:")) {
      feedback.onPayload(t, payload);
      return;
    }
    if (!payload.startsWith("erase:")) {
      t.conversation = t.conversation.endFlow();
    }
    if (payload.equals("menu")) {
      menu.menu(t);
    } else if (payload.equals("human")) {
      handoff.handoff(t);
    } else if (payload.equals("feedback")) {
      feedback.start(t);
    } else if (payload.equals("erase:ok")) {
      erase.confirm(t);
    } else if (payload.equals("erase:cancel")) {
      erase.cancel(t);
    } else if (payload.startsWith("cat:")) {
      menu.category(t, payload.substring(4));
    } else if (payload.startsWith("faq:")) {
      faq.answer(t, payload.substring(4), null);
    } else if (payload.startsWith("rate:up:") || payload.startsWith("rate:down:")) {
      faq.rate(t, payload.startsWith("rate:up:"), payload.substring(payload.indexOf(':', 5) + 1));
    } else {
      menu.unknownChoice(t);
    }
  }
}
