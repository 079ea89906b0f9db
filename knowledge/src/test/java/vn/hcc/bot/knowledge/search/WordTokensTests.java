package vn.hcc.bot.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class WordTokensTests {
  @Test
  void wordsAndTheirNeighbourPairs() throws Exception {
    assertEquals(List.of("lam", "lam cccd", "cccd", "cccd o", "o"),
        terms(new WordTokens(List.of("lam", "cccd", "o"), true)));
  }

  @Test
  void wordsOnlyWithoutBigrams() throws Exception {
    assertEquals(List.of("lam", "cccd", "o"), terms(new WordTokens(List.of("lam", "cccd", "o"), false)));
  }

  @Test
  void emptyAndSingleWord() throws Exception {
    assertEquals(List.of(), terms(new WordTokens(List.of(), true)));
    assertEquals(List.of("một"), terms(new WordTokens(List.of("một"), true)));
  }

  @Test
  void hugeWordsAreCut() throws Exception {
    String huge = "a".repeat(40_000);
    List<String> t = terms(new WordTokens(List.of(huge, "b"), true));
    assertEquals(WordTokens.MAX_WORD, t.get(0).length());
    assertEquals(WordTokens.MAX_WORD + 2, t.get(1).length());
  }

  private static List<String> terms(TokenStream ts) throws Exception {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.getAttribute(CharTermAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term.toString());
    }
    ts.end();
    ts.close();
    return out;
  }
}
