package vn.hcc.bot.knowledge.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Lucene analyzers for the index fields. Text reaches the word fields already analysed by
 * {@code TextPipeline} (words joined by spaces), so these only split and add syllable bigrams.
 */
final class IndexAnalyzers {
  static final String EXACT = "ex";
  static final String FOLDED = "fo";
  static final String ANSWER = "an";
  static final String STANDARD = "std";
  static final String STANDARD_ANSWER = "astd";

  private IndexAnalyzers() {}

  static Analyzer forIndex(boolean bigrams) {
    Analyzer words = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new WhitespaceTokenizer();
        TokenStream s = t;
        if (bigrams) {
          ShingleFilter shingles = new ShingleFilter(t, 2, 2);
          shingles.setOutputUnigrams(true);
          s = shingles;
        }
        return new TokenStreamComponents(t, s);
      }
    };
    Analyzer plain = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new WhitespaceTokenizer());
      }
    };
    StandardAnalyzer standard = new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
    // answer text is long and weighs little, and diacritics only refine single words: no bigrams
    return new PerFieldAnalyzerWrapper(words,
        Map.of(STANDARD, standard, STANDARD_ANSWER, standard, ANSWER, plain, EXACT, plain));
  }
}
