package vn.hcc.bot.core.engine;

import java.util.ArrayList;
import java.util.List;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.FaqCategory;
import vn.hcc.bot.core.FaqMatch;
import vn.hcc.bot.core.Reply;

/** Small talk and browsing: greeting, thanks, goodbye, "who are you", the category menu. */
final class MenuRule {
  private static final int MAX_ENTRIES = 10;

  private final Services services;

  MenuRule(Services services) {
    this.services = services;
  }

  void greet(Turn t) {
    t.reply(Reply.withButtons(services.msg("greeting"), categoryButtons(t)));
  }

  void thanks(Turn t) {
    t.reply(Reply.text(services.msg("thanks")));
  }

  void goodbye(Turn t) {
    t.reply(Reply.text(services.msg("goodbye")));
  }

  void who(Turn t) {
    t.reply(Reply.withButtons(services.msg("who"), List.of(
        new Button(services.msg("button.menu"), "menu"),
        new Button(services.msg("button.human"), "human"))));
  }

  void empty(Turn t) {
    t.reply(Reply.withButtons(services.msg("empty"), List.of(menuButton())));
  }

  void unknownChoice(Turn t) {
    t.reply(Reply.withButtons(services.msg("unknown.choice"), categoryButtons(t)));
  }

  void menu(Turn t) {
    List<Button> buttons = categoryButtons(t);
    t.reply(buttons.isEmpty()
        ? Reply.text(services.msg("menu.empty"))
        : Reply.withButtons(services.msg("menu"), buttons));
  }

  void category(Turn t, String categoryId) {
    FaqCategory category = services.lookup().categories(t.audience()).stream()
        .filter(c -> c.id().equals(categoryId)).findFirst().orElse(null);
    if (category == null) {
      unknownChoice(t);
      return;
    }
    t.category = category.id();
    List<Button> buttons = new ArrayList<>();
    for (FaqMatch entry : services.lookup().inCategory(category.id(), t.audience())) {
      if (buttons.size() == MAX_ENTRIES) {
        break;
      }
      Buttons.add(buttons, entry.question(), "faq:" + entry.id());
    }
    if (buttons.isEmpty()) {
      t.reply(Reply.withButtons(services.msg("category.empty"), List.of(menuButton())));
      return;
    }
    buttons.add(menuButton());
    t.reply(Reply.withButtons(services.msg("category", "title", category.title()), buttons));
  }

  private List<Button> categoryButtons(Turn t) {
    List<Button> buttons = new ArrayList<>();
    for (FaqCategory c : services.lookup().categories(t.audience())) {
      Buttons.add(buttons, c.title(), "cat:" + c.id());
    }
    return buttons;
  }

  Button menuButton() {
    return new Button(services.msg("button.menu"), "menu");
  }
}
