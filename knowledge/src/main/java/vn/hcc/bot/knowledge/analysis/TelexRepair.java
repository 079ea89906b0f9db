package vn.hcc.bot.knowledge.analysis;

/**
 * Stage 3: repairs words left in raw Telex or VNI keystrokes when the input method was off
 * ("ddangw kys" → "đăng ký", "tieengs" → "tiếng", "vie65t" → "việt"). A word is only rewritten when
 * the result is a well-formed Vietnamese syllable, so English words and codes pass through.
 */
public final class TelexRepair {
  private static final String TELEX_TONES = "sfrxj";
  private static final String VNI_TONES = "12345";

  private TelexRepair() {}

  /** The repaired syllable, or null when {@code word} does not look like leftover keystrokes. */
  public static String repair(String word) {
    if (word.length() < 2 || word.length() > 10) {
      return null;
    }
    boolean ascii = word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    if (ascii) {
      return telex(word);
    }
    boolean vni = word.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        && word.chars().anyMatch(Character::isDigit) && Character.isLetter(word.charAt(0));
    return vni ? vni(word) : null;
  }

  private static String telex(String w) {
    char tone = 0;
    String base = w;
    char lastKey = w.charAt(w.length() - 1);
    if (TELEX_TONES.indexOf(lastKey) >= 0) {
      tone = ToneMarks.TONES.charAt(TELEX_TONES.indexOf(lastKey));
      base = w.substring(0, w.length() - 1);
    }
    String shaped = base.replace("dd", "đ")
        .replace("uwow", "ươ").replace("uow", "ươ").replace("uwo", "ươ")
        .replace("aa", "â").replace("ee", "ê").replace("oo", "ô")
        .replace("aw", "ă").replace("ow", "ơ").replace("uw", "ư");
    if (shaped.endsWith("w")) { // "angw": the hook typed after the final consonant
      shaped = hookLastVowel(shaped.substring(0, shaped.length() - 1));
    }
    if (shaped == null || shaped.indexOf('w') >= 0 || (tone == 0 && shaped.equals(w))) {
      return null;
    }
    return finish(shaped, tone);
  }

  private static String vni(String w) {
    var letters = new StringBuilder();
    char tone = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isDigit(c)) {
        letters.append(c);
        continue;
      }
      int t = VNI_TONES.indexOf(c);
      if (t >= 0) {
        tone = ToneMarks.TONES.charAt(t);
      } else if (!applyVniMark(letters, c)) {
        return null;
      }
    }
    return finish(letters.toString(), tone);
  }

  private static boolean applyVniMark(StringBuilder s, char key) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      char to = switch (key) {
        case '6' -> c == 'a' ? 'â' : c == 'e' ? 'ê' : c == 'o' ? 'ô' : 0;
        case '7' -> c == 'o' ? 'ơ' : c == 'u' ? 'ư' : 0;
        case '8' -> c == 'a' ? 'ă' : 0;
        case '9' -> c == 'd' ? 'đ' : 0;
        default -> 0;
      };
      if (to != 0) {
        s.setCharAt(i, to);
        if (key == '7' && c == 'o' && i > 0 && s.charAt(i - 1) == 'u') {
          s.setCharAt(i - 1, 'ư');
        }
        return true;
      }
    }
    return false;
  }

  private static String hookLastVowel(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == 'a' || c == 'o' || c == 'u') {
        char to = c == 'a' ? 'ă' : c == 'o' ? 'ơ' : 'ư';
        var b = new StringBuilder(s).replace(i, i + 1, String.valueOf(to));
        if (c == 'o' && i > 0 && s.charAt(i - 1) == 'u') {
          b.setCharAt(i - 1, 'ư');
        }
        return b.toString();
      }
    }
    return null;
  }

  private static String finish(String bare, char tone) {
    if (!Syllables.isSyllable(Folding.fold(bare))) {
      return null;
    }
    return tone == 0 ? bare : ToneMarks.placeTone(bare, tone);
  }
}
