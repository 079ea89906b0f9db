package vn.hcc.bot.core.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text before it is logged: e-mail addresses, the serial of dossier codes,
 * and every number of 8 or more digits written with or without spaces, dots, dashes, "+84" or an
 * area code in brackets (citizen ids, phones, card and account numbers). Short numbers ("2 tuần",
 * "năm 2025", "Nghị định 118/2025") and dates are kept because they carry the question's meaning.
 */
public final class PersonalDataMasker {
  static final int MIN_PERSONAL_DIGITS = 8;

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\d._%+\\-]+@[\\p{L}\\d\\-]+(?:\\.[\\p{L}\\d\\-]+)+");
  private static final Pattern DOSSIER_SERIAL =
      Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{3}\\.?\\d{2}\\.?\\d{2}\\.?[a-z]\\d{2}-\\d{6}-)\\d{4}(?!\\d)");
  // Possessive quantifiers keep this linear on 10,000-digit input.
  private static final Pattern NUMBER_RUN =
      Pattern.compile("(?<![\\p{L}\\d])\\+?\\(?\\d++(?:\\)?[ .\\-]?\\(?\\d++)*+");
  private static final Pattern DATE =
      Pattern.compile("\\d{1,2}[.\\-]\\d{1,2}[.\\-]\\d{4}|\\d{4}[.\\-]\\d{1,2}[.\\-]\\d{1,2}");
  private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d{2} ?- ?(?:19|20)\\d{2}");

  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = EMAIL.matcher(text).replaceAll("***@***");
    out = DOSSIER_SERIAL.matcher(out).replaceAll("$1****");
    return maskNumberRuns(out);
  }

  private static String maskNumberRuns(String text) {
    Matcher m = NUMBER_RUN.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String run = m.group();
      if (!isPersonal(run)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start()).append(run.replaceAll("\\d", "*"));
      last = m.end();
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, text.length()).toString();
  }

  private static boolean isPersonal(String run) {
    int digits = 0;
    for (int i = 0; i < run.length(); i++) {
      if (Character.isDigit(run.charAt(i))) {
        digits++;
      }
    }
    if (digits < MIN_PERSONAL_DIGITS) {
      return false;
    }
    return !DATE.matcher(run).matches() && !YEAR_RANGE.matcher(run).matches();
  }
}
