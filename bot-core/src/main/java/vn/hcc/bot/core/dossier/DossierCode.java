package vn.hcc.bot.core.dossier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a dossier code such as {@code 000.00.31.H57-230301-0012} in a message: agency code,
 * receipt date (yyMMdd) and serial. Lower case and missing dots are accepted; the result is
 * normalised to the official form.
 */
public final class DossierCode {
  private static final Pattern CODE = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{3})\\.?(\\d{2})\\.?(\\d{2})\\.?([a-zA-Z]\\d{2})\\s?-\\s?(\\d{6})\\s?-\\s?(\\d{4})(?!\\d)");

  private DossierCode() {}

  public static Optional<String> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3) + "."
        + m.group(4).toUpperCase(Locale.ROOT) + "-" + m.group(5) + "-" + m.group(6));
  }
}
