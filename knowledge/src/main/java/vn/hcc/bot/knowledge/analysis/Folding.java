package vn.hcc.bot.knowledge.analysis;

import java.text.Normalizer;

/** Removes every diacritic and maps đ to d: "Đăng ký" → "dang ky" (after lower-casing). */
public final class Folding {
  /** Folded form of every character below U+2000 (Latin, Vietnamese, combining marks), built once. */
  private static final char[] TABLE = table();
  private static final char DROP = '\uFFFF';

  private Folding() {}

  public static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c < TABLE.length ? TABLE[c] : c;
      if (f != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null && f != DROP) {
        out.append(f);
      }
    }
    return out == null ? text : out.toString();
  }

  private static char[] table() {
    char[] t = new char[0x2000];
    for (char c = 0; c < t.length; c++) {
      if (c == 'đ' || c == 'Đ') {
        t[c] = c == 'đ' ? 'd' : 'D';
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        t[c] = DROP;
      } else {
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        t[c] = nfd.length() > 1 && Character.getType(nfd.charAt(1)) == Character.NON_SPACING_MARK
            ? nfd.charAt(0) : c;
      }
    }
    return t;
  }
}
