package vn.hcc.bot.core.engine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans what users type. {@link #clean} keeps the text readable (drops control characters,
 * trims, caps the length); {@link #fold} makes the form intents are matched on: lower case,
 * no tone marks ("chào" and "chao" are the same), only letters, digits, '/' and single spaces.
 */
final class TextNormalizer {
  static final int MAX_TEXT_CHARS = 4000;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9/]+");

  private TextNormalizer() {}

  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT_CHARS));
    for (int i = 0; i < text.length() && out.length() < MAX_TEXT_CHARS; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        out.append(c == '\t' ? ' ' : '\n');
      } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
        out.append(c);
      }
    }
    // A cut may leave half of a surrogate pair at the end.
    if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
      out.setLength(out.length() - 1);
    }
    return out.toString().strip();
  }

  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
    String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(plain).replaceAll(" ").strip();
  }

  static int wordCount(String folded) {
    return folded.isEmpty() ? 0 : folded.split(" ").length;
  }
}
