package vn.hcc.bot.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long answer into messages under a platform's length limit, at line breaks when possible,
 * else at a space, never inside a surrogate pair.
 */
public final class TextSplitter {
  private TextSplitter() {}

  public static List<String> split(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2");
    }
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > maxChars) {
      int cut = cutPoint(rest, maxChars);
      String head = rest.substring(0, cut).stripTrailing();
      if (!head.isEmpty()) {
        parts.add(head);
      }
      rest = rest.substring(cut).replaceFirst("^[\\r\\n ]+", "");
    }
    if (!rest.isBlank() || parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  private static int cutPoint(String text, int max) {
    int newline = text.lastIndexOf('\n', max);
    if (newline > 0) {
      return newline + 1;
    }
    int space = text.lastIndexOf(' ', max);
    if (space > 0) {
      return space + 1;
    }
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }
}
