package vn.hcc.bot.knowledge.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stage 1: Unicode NFC, lower case, and whitespace in place of control and format characters.
 * Makes decomposed input (macOS, "Unicode tổ hợp" keyboards, PDF copies) equal to precomposed text.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    var out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || Character.isWhitespace(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
