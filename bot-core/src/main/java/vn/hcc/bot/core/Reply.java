package vn.hcc.bot.core;

import java.util.List;
import java.util.Objects;

/** One message the bot sends back: text, optional buttons and optional links. */
public record Reply(String text, List<Button> buttons, List<Link> links) {
  public Reply {
    Objects.requireNonNull(text, "text");
    buttons = buttons == null ? List.of() : List.copyOf(buttons);
    links = links == null ? List.of() : List.copyOf(links);
  }

  public static Reply text(String text) {
    return new Reply(text, List.of(), List.of());
  }

  public static Reply withButtons(String text, List<Button> buttons) {
    return new Reply(text, buttons, List.of());
  }
}
