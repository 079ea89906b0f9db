package vn.hcc.bot.knowledge.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * The terms of one already analysed phrasing, straight from its word list: each word, and with
 * {@code bigrams} each pair of neighbours joined by a space. Replaces a whitespace tokenizer and a
 * shingle filter, which re-scanned the joined text and cost most of the index build. The word
 * fields keep no positions, so every term simply follows the last.
 */
final class WordTokens extends TokenStream {
  /** Longer words are cut, as the whitespace tokenizer used to; Lucene refuses huge terms. */
  static final int MAX_WORD = 255;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private List<String> words;
  private boolean bigrams;
  private int next;
  private boolean pairDue;

  WordTokens(List<String> words, boolean bigrams) {
    this.words = words;
    this.bigrams = bigrams;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (pairDue) {
      // the pair of the word just emitted and the one after it
      pairDue = false;
      append(words.get(next - 1)).append(' ');
      append(words.get(next));
      return true;
    }
    if (next >= words.size()) {
      return false;
    }
    append(words.get(next++));
    pairDue = bigrams && next < words.size();
    return true;
  }

  private CharTermAttribute append(String word) {
    return term.append(word, 0, Math.min(word.length(), MAX_WORD));
  }

  /**
   * A field of these words whose token stream is made when Lucene inverts it, reusing the one the
   * indexing thread used last, so that a document waiting to be added holds only its word list.
   */
  static Field field(String name, List<String> words, boolean bigrams, FieldType type) {
    return new Field(name, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        WordTokens ts = reuse instanceof WordTokens w ? w : new WordTokens(List.of(), false);
        ts.words = words;
        ts.bigrams = bigrams;
        return ts;
      }
    };
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
    pairDue = false;
  }
}
