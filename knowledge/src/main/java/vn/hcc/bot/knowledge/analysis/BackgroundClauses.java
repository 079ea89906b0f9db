package vn.hcc.bot.knowledge.analysis;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the background clauses of a question ({@code background.txt}): what the asker has already
 * done, told before what they ask ("đã xin giấy xác nhận độc thân rồi, giờ đăng ký kết hôn cần
 * gì"). A clause opens at a marker (đã, vừa) and closes at an end word or at punctuation; it
 * holds {@link #REACH} words at most. One that nothing closes is part of what is asked. Markers
 * are matched as the other word lists are ({@link OffTopicPhrases}): a word typed with diacritics
 * as typed, one typed without them folded.
 */
public final class BackgroundClauses {
  /** Words a background clause holds at most. */
  static final int REACH = 8;

  private final OffTopicPhrases markers;
  private final Set<String> asked = new HashSet<>();
  private final Set<String> greeting = new HashSet<>();
  private final Set<String> ends = new HashSet<>();

  private BackgroundClauses(String text) {
    List<String> markerLines = new java.util.ArrayList<>();
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
        case "marker" -> markerLines.add(String.join(" ", words));
        case "asked" -> asked.add(Folding.fold(words.get(0)));
        case "greeting" -> greeting.add(Folding.fold(words.get(0)));
        case "end" -> ends.add(Folding.fold(words.get(0)));
        default -> throw new IllegalArgumentException("background.txt: unknown kind '" + kind + "'");
      }
    });
    markers = OffTopicPhrases.parse(String.join("\n", markerLines));
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
      // background is told before the question: a clause that no end word or punctuation closes
      // runs into what is asked ("xem mức phí đã giảm khi nộp online ở đâu")
      int end = after;
      while (end < folded.size() && !ends.contains(folded.get(end))
          && !(end > after && clauseStarts.get(end))) {
        end++;
      }
      if (end < folded.size()) {
        background.set(after, Math.min(end, after + REACH));
      }
    }
    return background;
  }

  /** The position after a marker that starts at {@code i}, or -1. */
  private int markerEnd(List<String> exact, List<String> folded, int i) {
    int length = markers.lengthAt(exact, folded, i);
    if (length == 0) {
      return -1;
    }
    int after = i + length;
    // "da em chao anh chi" is "dạ …", not "đã …": a one-word marker typed without diacritics
    // before a greeting word (the markers of one word all carry diacritics)
    boolean typedBare = length == 1 && exact.get(i).equals(folded.get(i));
    return typedBare && after < folded.size() && greeting.contains(folded.get(after)) ? -1 : after;
  }
}
