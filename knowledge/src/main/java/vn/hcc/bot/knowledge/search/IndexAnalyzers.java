package vn.hcc.bot.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Field names of the index, and the analyzer of the index writer. Text reaches the word fields
 * already analysed by {@code TextPipeline} and is turned into terms by {@link WordTokens}; the
 * analyzer only serves the StandardAnalyzer baseline of the ablation.
 */
final class IndexAnalyzers {
  static final String EXACT = "ex";
  static final String FOLDED = "fo";
  static final String ANSWER = "an";
  static final String STANDARD = "std";
  static final String STANDARD_ANSWER = "astd";

  private IndexAnalyzers() {}

  static Analyzer forIndex() {
    return new StandardAnalyzer(CharArraySet.EMPTY_SET);
  }
}
