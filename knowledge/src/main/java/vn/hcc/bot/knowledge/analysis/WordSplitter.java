package vn.hcc.bot.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into words: runs of letters, digits and combining marks. */
public final class WordSplitter {
  /** Longest word kept; longer runs (pasted hashes, base64) are cut so the index stays sane. */
  static final int MAX_WORD = 40;

  private WordSplitter() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean part = i < text.length() && isWordChar(text.charAt(i));
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(text.substring(start, Math.min(i, start + MAX_WORD)));
        start = -1;
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
