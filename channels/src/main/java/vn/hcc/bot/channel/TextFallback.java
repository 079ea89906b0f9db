package vn.hcc.bot.channel;

import java.util.List;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Link;

/**
 * Renders choices as text when a platform cannot show them (too many, too long, or rejected). The
 * engine maps a typed "1", "2"… back to the choices it offered, so nothing is lost.
 */
public final class TextFallback {
  private TextFallback() {}

  /** {@code text}, a hint line, then "1. label", "2. label"… one per line. */
  public static String numbered(String text, List<Button> buttons) {
    if (buttons.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text).append("\n\n").append(ChannelTexts.get("choices.hint"));
    for (int i = 0; i < buttons.size(); i++) {
      out.append('\n').append(i + 1).append(". ").append(buttons.get(i).label());
    }
    return out.toString();
  }

  /** {@code text} followed by one "title: url" line per link. */
  public static String withLinks(String text, List<Link> links) {
    if (links.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text).append('\n');
    for (Link link : links) {
      out.append('\n').append(link.title()).append(": ").append(link.url());
    }
    return out.toString();
  }
}
