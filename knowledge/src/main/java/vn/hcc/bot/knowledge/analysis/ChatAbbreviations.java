package vn.hcc.bot.knowledge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 4: expands chat abbreviations and acronyms ("ko" → "không", "cccd" → "căn cước công dân")
 * as whole words, from an editable data file. A rule may depend on the previous or next word, so
 * "quên mk" reads "quên mật khẩu" while "mk muốn hỏi" reads "mình muốn hỏi".
 */
public final class ChatAbbreviations {
  private final Map<String, List<Rule>> rules;

  private ChatAbbreviations(Map<String, List<Rule>> rules) {
    this.rules = rules;
  }

  /** The bundled list, {@code abbreviations.txt} beside this class. */
  public static ChatAbbreviations bundled() {
    try (InputStream in = ChatAbbreviations.class.getResourceAsStream("abbreviations.txt")) {
      if (in == null) {
        throw new IOException("missing bundled resource abbreviations.txt");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ChatAbbreviations parse(InputStream in) throws IOException {
    Map<String, List<Rule>> rules = new HashMap<>();
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("abbreviations line " + n + ": expected 'word = expansion'");
      }
      String[] head = TextNormalizer.normalize(line.substring(0, eq)).strip().split("\\s+");
      // expansions and context words follow the spelling convention of the words they meet
      String expansion = ToneMarks.normalizeWords(TextNormalizer.normalize(line.substring(eq + 1)));
      Set<String> after = head.length == 3 && head[1].equals("after") ? foldedSet(head[2]) : null;
      Set<String> before = head.length == 3 && head[1].equals("before") ? foldedSet(head[2]) : null;
      if (head.length != 1 && after == null && before == null) {
        throw new IllegalArgumentException("abbreviations line " + n + ": use 'word after a,b = ...'");
      }
      rules.computeIfAbsent(head[0], k -> new ArrayList<>()).add(new Rule(after, before, expansion));
    }
    return new ChatAbbreviations(rules);
  }

  /** Expands every abbreviated word of an already normalised word list. */
  public List<String> expand(List<String> words) {
    var out = new ArrayList<String>(words.size() + 4);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String prev = i > 0 ? words.get(i - 1) : null;
      String next = i + 1 < words.size() ? words.get(i + 1) : null;
      String x = expansion(w, prev, next);
      if (x == null) {
        out.add(w);
      } else {
        for (String part : x.split(" ")) {
          out.add(part);
        }
      }
    }
    return out;
  }

  String expansion(String word, String prev, String next) {
    List<Rule> candidates = rules.get(word);
    if (candidates == null) {
      return null;
    }
    for (Rule r : candidates) {
      if (r.after() != null && (prev == null || !r.after().contains(Folding.fold(prev)))) {
        continue;
      }
      if (r.before() != null && (next == null || !r.before().contains(Folding.fold(next)))) {
        continue;
      }
      return r.expansion();
    }
    return null;
  }

  /** Context words are compared without diacritics, so "quen mk" reads like "quên mk". */
  private static Set<String> foldedSet(String list) {
    var out = new java.util.HashSet<String>();
    for (String w : list.split(",")) {
      out.add(Folding.fold(ToneMarks.normalizeSyllable(w)));
    }
    return Set.copyOf(out);
  }

  public boolean knows(String word) {
    return rules.containsKey(word);
  }

  private record Rule(Set<String> after, Set<String> before, String expansion) {}
}
