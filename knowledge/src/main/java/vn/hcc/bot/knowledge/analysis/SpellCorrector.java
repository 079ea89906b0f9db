package vn.hcc.bot.knowledge.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stage 5: typo tolerance. Maps a folded word that the knowledge base never uses, and that is not
 * a well-formed Vietnamese syllable, to the most frequent known word within one edit (two for long words), counting a swap of neighbours as one
 * edit ("cogn" → "cong", "tucc" → "tuc"). Built from the index vocabulary (symmetric deletes).
 */
public final class SpellCorrector {
  private final Map<String, Integer> frequency;
  private final Map<String, Set<String>> deletes = new HashMap<>();

  public SpellCorrector(Map<String, Integer> frequency) {
    this.frequency = Map.copyOf(frequency);
    for (String w : frequency.keySet()) {
      if (w.length() >= 3) {
        for (String d : deletions(w, w.length() >= 7 ? 2 : 1)) {
          deletes.computeIfAbsent(d, k -> new HashSet<>()).add(w);
        }
      }
    }
  }

  public boolean isKnown(String folded) {
    return frequency.containsKey(folded);
  }

  public int frequency(String folded) {
    return frequency.getOrDefault(folded, 0);
  }

  /** The correction of an unknown folded word, or null when it is known or nothing is close. */
  public String correct(String folded) {
    if (folded.length() < 3 || isKnown(folded) || !folded.chars().allMatch(Character::isLetter)
        || Syllables.isSyllable(folded) || PROPER_NAMES.contains(folded)) {
      return null; // a well-formed syllable or a place name is a word we don't know, not a typo
    }
    int maxEdits = folded.length() >= 7 ? 2 : 1;
    boolean foreign = looksForeign(folded);
    Set<String> candidates = new HashSet<>();
    for (String d : deletions(folded, maxEdits)) {
      Set<String> words = deletes.get(d);
      if (words != null) {
        candidates.addAll(words);
      }
      if (frequency.containsKey(d)) {
        candidates.add(d);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestFreq = -1;
    for (String c : candidates) {
      int d = distance(folded, c);
      int allowed = Math.min(maxEdits, c.length() >= 7 ? 2 : 1);
      if (d > allowed || (foreign && !looksForeign(c))) {
        continue; // a foreign word's typo is another foreign word ("zaloo"), never Vietnamese ("hack")
      }
      int f = frequency.get(c);
      if (d < bestDistance || (d == bestDistance && f > bestFreq)) {
        best = c;
        bestDistance = d;
        bestFreq = f;
      }
    }
    return best;
  }

  /** Folded syllables of place names that are not standard syllables ({@code proper-names.txt}). */
  static final Set<String> PROPER_NAMES = WordLists.items(WordLists.bundled("proper-names.txt"))
      .map(l -> Folding.fold(TextNormalizer.normalize(l)))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * A word that starts with a letter Vietnamese never writes (f, j, z: inside a word they may be
   * Telex tone keys, "lieuj") or holds "ck" is a foreign word ("facebook", "hack", "zalo"), not a
   * misspelt Vietnamese one: it is corrected only to another such word.
   */
  static boolean looksForeign(String folded) {
    char first = folded.charAt(0);
    return first == 'f' || first == 'j' || first == 'z' || folded.contains("ck");
  }

  private static Set<String> deletions(String w, int depth) {
    Set<String> out = new HashSet<>();
    out.add(w);
    Set<String> frontier = Set.of(w);
    for (int k = 0; k < depth; k++) {
      Set<String> next = new HashSet<>();
      for (String s : frontier) {
        for (int i = 0; i < s.length(); i++) {
          next.add(s.substring(0, i) + s.substring(i + 1));
        }
      }
      out.addAll(next);
      frontier = next;
    }
    return out;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
