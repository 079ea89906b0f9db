package vn.hcc.bot.knowledge.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Subjects the knowledge base does not cover ({@code off-topic.txt}), as folded word sequences, and
 * which of them a question names. The ranker uses them to doubt an answer whose entry never
 * mentions that subject.
 */
public final class OffTopicPhrases {
  /** Each phrase as exact words (normalised, one tone convention) and folded words. */
  private record Phrase(List<String> exact, List<String> folded) {}

  /** Phrases by their first folded word, for scanning a text in one pass. */
  private final java.util.Map<String, List<Phrase>> byFirstWord = new java.util.HashMap<>();

  private OffTopicPhrases(List<Phrase> phrases) {
    for (Phrase p : phrases) {
      byFirstWord.computeIfAbsent(p.folded().get(0), k -> new ArrayList<>()).add(p);
    }
  }

  public static OffTopicPhrases none() {
    return new OffTopicPhrases(List.of());
  }

  /** The bundled list, {@code off-topic.txt} beside this class. */
  public static OffTopicPhrases bundled() {
    try (InputStream in = OffTopicPhrases.class.getResourceAsStream("off-topic.txt")) {
      if (in == null) {
        throw new IOException("missing bundled resource off-topic.txt");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One phrase a line; blank lines and lines starting with # are skipped. */
  public static OffTopicPhrases parse(String text) {
    List<Phrase> out = new ArrayList<>();
    text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
      List<String> exact = new ArrayList<>();
      List<String> folded = new ArrayList<>();
      for (String w : WordSplitter.split(TextNormalizer.normalize(l))) {
        String e = ToneMarks.normalizeSyllable(w);
        exact.add(e);
        folded.add(Folding.fold(e));
      }
      if (!exact.isEmpty()) {
        out.add(new Phrase(List.copyOf(exact), List.copyOf(folded)));
      }
    });
    return new OffTopicPhrases(out);
  }

  /**
   * The phrases a text (a question, a phrasing, an answer) names, as folded words, each once, in
   * the order they first occur: one pass over the text, whatever the length of the list.
   * {@code exact} and {@code folded} are the text's words position by position; a word typed with
   * diacritics must match the phrase's diacritics ("về số" is not "vé số"), one typed without them
   * matches folded.
   */
  public java.util.Set<List<String>> namedIn(List<String> exact, List<String> folded) {
    java.util.Set<List<String>> found = java.util.Set.of();
    for (int i = 0; i < folded.size(); i++) {
      List<Phrase> starting = byFirstWord.get(folded.get(i));
      if (starting == null) {
        continue;
      }
      for (Phrase p : starting) {
        if (occursAt(p, exact, folded, i)) {
          if (found.isEmpty()) {
            found = new java.util.LinkedHashSet<>();
          }
          found.add(p.folded());
        }
      }
    }
    return found;
  }

  private static boolean occursAt(Phrase p, List<String> exact, List<String> folded, int i) {
    int n = p.folded().size();
    if (i + n > folded.size()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      String e = exact.get(i + k);
      String f = folded.get(i + k);
      if (!f.equals(p.folded().get(k)) || !(e.equals(f) || e.equals(p.exact().get(k)))) {
        return false;
      }
    }
    return true;
  }
}
