package vn.hcc.bot.knowledge.analysis;

/**
 * Removes long codes from a user's message before it is searched: dossier codes
 * ("000.00.31.H57-240402-0019"), phone and ID numbers, dates. Their pieces never say which entry
 * fits, yet as words no entry knows they would count as the rarest, most telling part of the
 * question and make a plain "tra cứu hồ sơ mã …" look out of scope. Document numbers such as
 * "118/2025/NĐ-CP" have fewer digits and stay.
 */
public final class CodeStripper {
  /** A run of letters, digits and . - / with at least this many digits is a code. */
  static final int MIN_DIGITS = 8;

  private CodeStripper() {}

  public static String strip(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean changed = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isCodeChar(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int start = i;
      int digits = 0;
      while (i < n && (isCodeChar(text.charAt(i)) || isJoiner(text, i))) {
        digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        i++;
      }
      if (digits >= MIN_DIGITS) {
        out.append(' ');
        changed = true;
      } else {
        out.append(text, start, i);
      }
    }
    return changed ? out.toString() : text;
  }

  private static boolean isCodeChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** A dot, dash, slash or space between two digits ("0987 654 321") keeps a code together. */
  private static boolean isJoiner(String text, int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '-' && c != '/' && c != ' ') {
      return false;
    }
    if (i == 0 || i + 1 >= text.length()) {
      return false;
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    return c == ' ' ? Character.isDigit(before) && Character.isDigit(after)
        : Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }
}
