package vn.hcc.bot.app.admin.report;

/**
 * A cheap grouping key for top questions, fast enough for a million log lines: lower case,
 * diacritics folded through a lookup table, punctuation dropped, spaces collapsed. (The inbox uses
 * the full analysis; here speed matters more than merging every spelling.)
 */
final class QuickKey {
  private static final char[] FOLD = new char[0x2000];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      String f = vn.hcc.bot.knowledge.analysis.Folding.fold(String.valueOf(c).toLowerCase());
      FOLD[c] = f.length() == 1 ? f.charAt(0) : c;
    }
    // Vietnamese letters with two marks live in the Latin Extended Additional block.
    for (char c = 0x1E00; c < 0x1F00; c++) {
      String f = vn.hcc.bot.knowledge.analysis.Folding.fold(String.valueOf(c).toLowerCase());
      FOLD[c] = f.length() == 1 ? f.charAt(0) : c;
    }
  }

  private QuickKey() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
      if (Character.isLetterOrDigit(f)) {
        out.append(f);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int n = out.length();
    return n > 0 && out.charAt(n - 1) == ' ' ? out.substring(0, n - 1) : out.toString();
  }
}
