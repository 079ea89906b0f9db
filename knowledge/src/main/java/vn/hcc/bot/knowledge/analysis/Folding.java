package vn.hcc.bot.knowledge.analysis;

import java.text.Normalizer;

/** Removes every diacritic and maps đ to d: "Đăng ký" → "dang ky" (after lower-casing). */
public final class Folding {
  private Folding() {}

  public static String fold(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    var out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
    }
    return out.toString();
  }
}
