package vn.hcc.bot.knowledge.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folded words and bigrams each entry's phrasings use, with document frequencies over all
 * phrasings. Used to tell how much of a question an entry covers, and as the spelling vocabulary.
 */
final class EntryVocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Integer> docFreq = new HashMap<>();
  private int phrasings;
  private final int[][] words;
  private final long[][] exactWords;
  private final long[][] bigrams;
  private final long[][] answerWords;
  private final int[][][] phrasingWords;
  private final java.util.Set<String> allWords = new java.util.HashSet<>();

  EntryVocabulary(int entries) {
    words = new int[entries][];
    exactWords = new long[entries][];
    bigrams = new long[entries][];
    answerWords = new long[entries][];
    phrasingWords = new int[entries][][];
  }

  /** Counts one phrasing's distinct words towards document frequency. */
  void countPhrasing(List<String> folded) {
    phrasings++;
    for (String w : Set.copyOf(folded)) {
      docFreq.merge(w, 1, Integer::sum);
    }
  }

  /** The distinct words of each phrasing of an entry, for "does one phrasing say it all". */
  void setPhrasings(int ord, List<List<String>> phrasings) {
    int[][] out = new int[phrasings.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = phrasings.get(i).stream().mapToInt(this::id).distinct().sorted().toArray();
    }
    phrasingWords[ord] = out;
  }

  int[][] phrasings(int ord) {
    return phrasingWords[ord];
  }

  /** The id of a known word, or -1. */
  int idOf(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  void setEntry(int ord, Set<String> entryWords, Set<String> entryExact, Set<String> entryBigrams) {
    words[ord] = entryWords.stream().mapToInt(this::id).sorted().toArray();
    exactWords[ord] = hashes(entryExact);
    allWords.addAll(entryWords);
    bigrams[ord] = hashes(entryBigrams);
  }

  /** The folded words of an entry's answer text, as {@link #hashes} gives them. */
  void setAnswer(int ord, long[] hashes) {
    answerWords[ord] = hashes;
  }

  /** Distinct words as the sorted hashes this vocabulary looks them up by. */
  static long[] hashes(java.util.Collection<String> words) {
    return words.stream().mapToLong(EntryVocabulary::hash).sorted().toArray();
  }

  boolean answerHas(int ord, String folded) {
    return answerWords[ord] != null && Arrays.binarySearch(answerWords[ord], hash(folded)) >= 0;
  }

  boolean hasWord(int ord, String word) {
    Integer id = ids.get(word);
    return id != null && Arrays.binarySearch(words[ord], id) >= 0;
  }

  /** Whether the entry uses this word with exactly these diacritics. */
  boolean hasExactWord(int ord, String exact) {
    return Arrays.binarySearch(exactWords[ord], hash(exact)) >= 0;
  }

  /** Whether any entry uses this folded word. */
  boolean known(String folded) {
    return allWords.contains(folded);
  }

  boolean hasBigram(int ord, String a, String b) {
    return Arrays.binarySearch(bigrams[ord], hash(a + " " + b)) >= 0;
  }

  /** Inverse document frequency over phrasings; an unknown word gets the highest value. */
  double idf(String word) {
    int df = docFreq.getOrDefault(word, 0);
    return Math.log(1 + (phrasings - df + 0.5) / (df + 0.5));
  }

  Map<String, Integer> frequencies() {
    return docFreq;
  }

  private int id(String w) {
    return ids.computeIfAbsent(w, k -> ids.size());
  }

  private static long hash(String s) {
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }
}
