package vn.hcc.bot.knowledge.analysis;

import java.text.Normalizer;

/**
 * Stage 2: one tone-placement convention. In open syllables ending in "oa", "oe" or "uy" the tone
 * may sit on either vowel ("hoà"/"hòa", "thuý"/"thúy"); we always put it on the first one. Syllables
 * with a final consonant ("hoàng") and "qu"/"gi" onsets ("quý", "già") are the same in both
 * conventions and are left alone. A tone typed on the wrong vowel is moved to the right one. An i or
 * y that may be spelt either way is written i ({@link #iForY}). Also places a tone on a bare
 * syllable (used by Telex repair).
 */
public final class ToneMarks {
  /** Combining tone marks: sắc, huyền, hỏi, ngã, nặng. */
  static final String TONES = "\u0301\u0300\u0309\u0303\u0323";
  private static final String VOWELS = "aăâeêioôơuưy";
  private static final String MARKED = "ăâêôơư";

  /** For each precomposed letter carrying a tone: the same letter without it (built once). */
  private static final java.util.Map<Character, Character> TONELESS = toneless(false);
  /** Vowel followed by a combining tone mark → the precomposed letter (built once). */
  private static final java.util.Map<String, Character> COMPOSED = composed();
  /** For each precomposed letter carrying a tone: the combining mark of that tone. */
  private static final java.util.Map<Character, Character> TONE_OF = toneless(true);

  private ToneMarks() {}

  /** Rewrites one lower-case NFC syllable to the convention; other text is returned unchanged. */
  public static String normalizeSyllable(String word) {
    word = iForY(word);
    if (word.length() < 2 || word.length() > 8 || !hasToneLetter(word)) {
      return word;
    }
    String bare = stripTone(word);
    // open syllables in oa, oe, uy are written two ways; elsewhere this also mends a tone typed on
    // the wrong vowel ("chiêú" → "chiếu")
    String placed = placeTone(bare, toneOf(word));
    return placed == null ? word : placed;
  }

  /** {@link #normalizeSyllable} on each word of a lower-case NFC text, joined by single spaces. */
  public static String normalizeWords(String text) {
    return String.join(" ", java.util.Arrays.stream(text.strip().split("\\s+"))
        .map(ToneMarks::normalizeSyllable).toList());
  }

  private static final String Y_FORMS = "yýỳỷỹỵ";
  private static final String I_FORMS = "iíìỉĩị";

  /**
   * Where i or y is the whole rhyme after l, k, m, t, s, h or qu, Vietnamese writes either ("lý
   * lịch" and "lí lịch", "kỹ" and "kĩ", "quy định" and "qui định", "ly hôn" and "li hôn"); the
   * convention is i. Other syllables keep their y ("tuy", "thủy", "ngày", "y tế").
   */
  static String iForY(String word) {
    int n = word.length();
    if (n < 2 || n > 3) {
      return word;
    }
    int form = Y_FORMS.indexOf(word.charAt(n - 1));
    if (form < 0) {
      return word;
    }
    boolean onset = n == 2 ? "lkmtsh".indexOf(word.charAt(0)) >= 0 : word.startsWith("qu");
    return onset ? word.substring(0, n - 1) + I_FORMS.charAt(form) : word;
  }

  private static boolean hasToneLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (TONELESS.containsKey(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static java.util.Map<String, Character> composed() {
    var out = new java.util.HashMap<String, Character>();
    for (char v : VOWELS.toCharArray()) {
      for (char t : TONES.toCharArray()) {
        String toned = Normalizer.normalize("" + v + t, Normalizer.Form.NFC);
        if (toned.length() == 1) {
          out.put("" + v + t, toned.charAt(0));
        }
      }
    }
    return java.util.Map.copyOf(out);
  }

  private static java.util.Map<Character, Character> toneless(boolean giveTone) {
    var out = new java.util.HashMap<Character, Character>();
    for (char v : VOWELS.toCharArray()) {
      for (char t : TONES.toCharArray()) {
        String toned = Normalizer.normalize("" + v + t, Normalizer.Form.NFC);
        if (toned.length() == 1) {
          out.put(toned.charAt(0), giveTone ? t : v);
        }
      }
    }
    return java.util.Map.copyOf(out);
  }

  /** The combining tone mark of a (NFC) syllable, or 0 when it has none. */
  public static char toneOf(String word) {
    for (int i = 0; i < word.length(); i++) {
      Character tone = TONE_OF.get(word.charAt(i));
      if (tone != null) {
        return tone;
      }
    }
    return 0;
  }

  /** The (NFC) syllable without its tone mark (vowel quality marks such as ê, ơ are kept). */
  public static String stripTone(String word) {
    char[] out = word.toCharArray();
    for (int i = 0; i < out.length; i++) {
      Character bare = TONELESS.get(out[i]);
      if (bare != null) {
        out[i] = bare;
      }
    }
    return new String(out);
  }

  /**
   * Puts {@code tone} on the right vowel of a toneless syllable (traditional placement).
   * Returns null when the word has no vowel nucleus.
   */
  public static String placeTone(String bare, char tone) {
    int start = 0;
    if (bare.startsWith("qu") || (bare.startsWith("gi") && bare.length() > 2 && isVowel(bare.charAt(2)))) {
      start = 2;
    }
    int first = -1;
    int last = -1;
    for (int i = start; i < bare.length(); i++) {
      if (isVowel(bare.charAt(i))) {
        if (first < 0) {
          first = i;
        }
        last = i;
      } else if (first >= 0) {
        break;
      }
    }
    if (first < 0) {
      if (start == 2) { // "gì", "quá"-like words whose only vowel is in the onset
        first = last = start - 1;
      } else {
        return null;
      }
    }
    boolean closed = last + 1 < bare.length();
    int target = pick(bare, first, last, closed);
    Character composed = COMPOSED.get("" + bare.charAt(target) + tone);
    if (composed != null) {
      return bare.substring(0, target) + composed + bare.substring(target + 1);
    }
    String withTone = bare.substring(0, target + 1) + tone + bare.substring(target + 1);
    return Normalizer.normalize(withTone, Normalizer.Form.NFC);
  }

  private static int pick(String s, int first, int last, boolean closed) {
    for (int i = last; i >= first; i--) {
      if (MARKED.indexOf(s.charAt(i)) >= 0) {
        return i; // ươ, iê, uô: the tone goes on the marked vowel (the last one)
      }
    }
    int len = last - first + 1;
    if (len == 1) {
      return first;
    }
    if (closed) {
      return last;
    }
    if (len >= 3) {
      return first + 1;
    }
    return first;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }
}
