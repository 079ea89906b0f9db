package vn.hcc.bot.knowledge.analysis;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the background clauses of a question ({@code background.txt}): what the asker has already
 * done, told before what they ask ("đã xin giấy xác nhận độc thân rồi, giờ đăng ký kết hôn cần
 * gì"). A clause opens at a marker (đã, vừa) and closes at an end word, at punctuation or
 * after {@link #REACH} words. Markers are compared like fillers: a word typed with diacritics as
 * typed, one typed without them folded.
 */
public final class BackgroundClauses {
  /** Words a background clause holds at most. */
  static final int REACH = 8;

  private final List<List<String>> markers = new java.util.ArrayList<>();
  private final Set<String> asked = new HashSet<>();
  private final Set<String> greeting = new HashSet<>();
  private final Set<String> ends = new HashSet<>();

  private BackgroundClauses(String text) {
    WordLists.items(text).forEach(line -> {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("background.txt: expected 'kind: words' in '" + line + "'");
      }
      String kind = line.substring(0, colon).strip();
      List<String> words = WordSplitter.split(TextNormalizer.normalize(line.substring(colon + 1)))
          .stream().map(ToneMarks::normalizeSyllable).toList();
      if (words.isEmpty()) {
        throw new IllegalArgumentException("background.txt: no words in '" + line + "'");
      }
      if (!kind.equals("marker") && words.size() > 1) {
        throw new IllegalArgumentException("background.txt: one word expected in '" + line + "'");
      }
      switch (kind) {
        case "marker" -> markers.add(words);
        case "asked" -> asked.add(Folding.fold(words.get(0)));
        case "greeting" -> greeting.add(Folding.fold(words.get(0)));
        case "end" -> ends.add(Folding.fold(words.get(0)));
        default -> throw new IllegalArgumentException("background.txt: unknown kind '" + kind + "'");
      }
    });
  }

  public static BackgroundClauses parse(String text) {
    return new BackgroundClauses(text);
  }

  public static BackgroundClauses bundled() {
    return parse(WordLists.bundled("background.txt"));
  }

  /**
   * Which words of a question belong to a background clause. {@code exact} and {@code folded} are
   * its words position by position; {@code clauseStarts} the positions where punctuation opened a
   * new clause.
   */
  public BitSet of(List<String> exact, List<String> folded, BitSet clauseStarts) {
    BitSet background = new BitSet();
    for (int i = 0; i < folded.size(); i++) {
      int after = markerEnd(exact, folded, i);
      if (after < 0 || after >= folded.size() || asked.contains(folded.get(after))
          || Character.isDigit(folded.get(after).charAt(0))) {
        continue; // "đã được số hóa", "nay đã 22 rồi" are what is asked about
      }
      for (int j = after, n = 0; j < folded.size() && n < REACH; j++, n++) {
        if (ends.contains(folded.get(j)) || (j > after && clauseStarts.get(j))) {
          break;
        }
        background.set(j);
      }
    }
    return background;
  }

  /** The position after a marker that starts at {@code i}, or -1. */
  private int markerEnd(List<String> exact, List<String> folded, int i) {
    for (List<String> m : markers) {
      if (i + m.size() > folded.size()) {
        continue;
      }
      boolean typedBare = false; // a marker word with diacritics, typed without them
      boolean match = true;
      for (int k = 0; k < m.size() && match; k++) {
        String e = exact.get(i + k);
        String f = folded.get(i + k);
        String mf = Folding.fold(m.get(k));
        typedBare |= e.equals(f) && !mf.equals(m.get(k));
        match = e.equals(f) ? f.equals(mf) : e.equals(m.get(k));
      }
      int after = i + m.size();
      // "da em chao anh chi" is "dạ …", not "đã …" (a marker of two words is not ambiguous so)
      if (match && typedBare && m.size() == 1 && after < folded.size()
          && greeting.contains(folded.get(after))) {
        match = false;
      }
      if (match) {
        return after;
      }
    }
    return -1;
  }
}
