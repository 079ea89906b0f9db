package vn.hcc.bot.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Subjects the knowledge base does not cover ({@code off-topic.txt}), as folded word sequences, and
 * which of them a question names. The ranker uses them to doubt an answer whose entry never
 * mentions that subject. The same matching serves the place names a question's words leave out
 * ({@code place-names.txt}, see {@link #spans}) and the markers of background clauses
 * ({@link BackgroundClauses}, see {@link #lengthAt}).
 */
public final class OffTopicPhrases {
  /** Each phrase as exact words (normalised, one tone convention) and folded words. */
  private record Phrase(List<String> exact, List<String> folded) {}

  /** Phrases by their first folded word, for scanning a text in one pass. */
  private final java.util.Map<String, List<Phrase>> byFirstWord = new java.util.HashMap<>();
  /** Words that, just before a subject, make it background ("để xin visa", "đã ly hôn"). */
  private final java.util.Map<String, List<Phrase>> markersByFirstWord = new java.util.HashMap<>();
  /**
   * Words around a marker that make it none: "để lại" is "leave behind", "làm sao để" asks how to
   * do the very thing that follows.
   */
  private final java.util.Map<String, List<Phrase>> notMarkersByFirstWord = new java.util.HashMap<>();
  /**
   * Words that close what a marker reaches: "đã ly hôn thì chia tài sản thế nào" asks about the
   * property, whatever came before "thì".
   */
  private final java.util.Set<String> markerEnds = new java.util.HashSet<>();

  /** How many words before a subject a context marker may stand. */
  static final int MARKER_REACH = 3;

  private OffTopicPhrases(List<Phrase> phrases, List<Phrase> markers, List<Phrase> notMarkers,
      List<Phrase> ends) {
    index(phrases, byFirstWord);
    index(markers, markersByFirstWord);
    index(notMarkers, notMarkersByFirstWord);
    ends.forEach(p -> markerEnds.addAll(p.folded()));
  }

  private static void index(List<Phrase> phrases, java.util.Map<String, List<Phrase>> byFirst) {
    for (Phrase p : phrases) {
      byFirst.computeIfAbsent(p.folded().get(0), k -> new ArrayList<>()).add(p);
    }
  }

  /** The folded words of the subjects (not of the markers). */
  public java.util.Set<String> foldedWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    byFirstWord.values().forEach(ps -> ps.forEach(p -> out.addAll(p.folded())));
    return out;
  }

  public static OffTopicPhrases none() {
    return new OffTopicPhrases(List.of(), List.of(), List.of(), List.of());
  }

  /** The bundled list, {@code off-topic.txt} beside this class. */
  public static OffTopicPhrases bundled() {
    return parse(WordLists.bundled("off-topic.txt"));
  }

  /**
   * One phrase a line; blank lines and lines starting with # are skipped. A line starting with
   * {@code context:} holds a context marker instead of a subject; one starting with
   * {@code not-context:} words around a marker that make it none.
   */
  public static OffTopicPhrases parse(String text) {
    List<Phrase> subjects = new ArrayList<>();
    List<Phrase> markers = new ArrayList<>();
    List<Phrase> notMarkers = new ArrayList<>();
    List<Phrase> ends = new ArrayList<>();
    WordLists.items(text).forEach(l -> {
      List<Phrase> to = subjects;
      if (l.startsWith(CONTEXT_END)) {
        to = ends;
        l = l.substring(CONTEXT_END.length());
      } else if (l.startsWith(CONTEXT)) {
        to = markers;
        l = l.substring(CONTEXT.length());
      } else if (l.startsWith(NOT_CONTEXT)) {
        to = notMarkers;
        l = l.substring(NOT_CONTEXT.length());
      }
      Phrase p = phrase(l);
      if (p != null) {
        to.add(p);
      }
    });
    return new OffTopicPhrases(subjects, markers, notMarkers, ends);
  }

  private static final String CONTEXT = "context:";
  private static final String CONTEXT_END = "context-end:";
  private static final String NOT_CONTEXT = "not-context:";

  private static Phrase phrase(String line) {
    List<String> exact = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    for (String w : WordSplitter.split(TextNormalizer.normalize(line))) {
      String e = ToneMarks.normalizeSyllable(w);
      exact.add(e);
      folded.add(Folding.fold(e));
    }
    return exact.isEmpty() ? null : new Phrase(List.copyOf(exact), List.copyOf(folded));
  }

  /**
   * The phrases a text (a question, a phrasing, an answer) names, as folded words, each once, in
   * the order they first occur: one pass over the text, whatever the length of the list. Each maps
   * to whether the text names it as its subject at least once ({@code false}: only as background,
   * just after a context marker, as in "lý lịch tư pháp để xin visa").
   * {@code exact} and {@code folded} are the text's words position by position; a word typed with
   * diacritics must match the phrase's diacritics ("về số" is not "vé số"), one typed without them
   * matches folded; a phrase of three words or more matches folded whatever the diacritics.
   */
  public java.util.Map<List<String>, Boolean> namedIn(List<String> exact, List<String> folded) {
    java.util.Map<List<String>, Boolean> found = java.util.Map.of();
    for (int i = 0; i < folded.size(); i++) {
      List<Phrase> starting = byFirstWord.get(folded.get(i));
      if (starting == null) {
        continue;
      }
      for (Phrase p : starting) {
        if (occursAt(p, exact, folded, i)) {
          if (found.isEmpty()) {
            found = new java.util.LinkedHashMap<>();
          }
          found.merge(p.folded(), !afterMarker(exact, folded, i), Boolean::logicalOr);
        }
      }
    }
    return found;
  }

  /** Which of a text's words belong to one of the phrases, position by position. */
  public boolean[] spans(List<String> exact, List<String> folded) {
    boolean[] in = new boolean[folded.size()];
    for (int i = 0; i < folded.size(); i++) {
      for (Phrase p : byFirstWord.getOrDefault(folded.get(i), List.of())) {
        if (occursAt(p, exact, folded, i)) {
          java.util.Arrays.fill(in, i, i + p.folded().size(), true);
        }
      }
    }
    return in;
  }

  /** The length of the longest phrase that starts at position {@code i} of a text, or 0. */
  public int lengthAt(List<String> exact, List<String> folded, int i) {
    int longest = 0;
    for (Phrase p : byFirstWord.getOrDefault(folded.get(i), List.of())) {
      if (p.folded().size() > longest && occursAt(p, exact, folded, i)) {
        longest = p.folded().size();
      }
    }
    return longest;
  }

  /**
   * Whether a context marker ends within {@link #MARKER_REACH} words before position {@code at}:
   * the subject there is the reason or the background of the text, not what it asks about.
   */
  private boolean afterMarker(List<String> exact, List<String> folded, int at) {
    // a marker of up to three words may start that much earlier and still end within reach
    for (int i = Math.max(0, at - MARKER_REACH - 3); i < at; i++) {
      List<Phrase> starting = markersByFirstWord.get(folded.get(i));
      if (starting == null) {
        continue;
      }
      for (Phrase p : starting) {
        int end = i + p.folded().size();
        if (end <= at && end >= at - MARKER_REACH && occursAt(p, exact, folded, i)
            && !inNotMarker(exact, folded, i) && !closedBetween(folded, end, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a context-end word stands between positions {@code from} and {@code to}. */
  private boolean closedBetween(List<String> folded, int from, int to) {
    for (int k = from; k < to; k++) {
      if (markerEnds.contains(folded.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a not-context phrase spans position {@code i}. */
  private boolean inNotMarker(List<String> exact, List<String> folded, int i) {
    for (int j = Math.max(0, i - 3); j <= i; j++) {
      for (Phrase p : notMarkersByFirstWord.getOrDefault(folded.get(j), List.of())) {
        if (j + p.folded().size() > i && occursAt(p, exact, folded, j)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean occursAt(Phrase p, List<String> exact, List<String> folded, int i) {
    int n = p.folded().size();
    if (i + n > folded.size()) {
      return false;
    }
    // three words or more say what they are without diacritics: a mistyped tone ("giấy phép lao
    // đọng") still names the subject; shorter phrases keep them ("về số" is not "vé số")
    boolean foldedEnough = n >= FOLDED_ENOUGH;
    for (int k = 0; k < n; k++) {
      String e = exact.get(i + k);
      String f = folded.get(i + k);
      if (!f.equals(p.folded().get(k))
          || !(foldedEnough || e.equals(f) || e.equals(p.exact().get(k)))) {
        return false;
      }
    }
    return true;
  }

  /** From this many words on, a phrase matches on folded words alone. */
  static final int FOLDED_ENOUGH = 3;
}
