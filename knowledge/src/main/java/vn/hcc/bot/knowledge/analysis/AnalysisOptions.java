package vn.hcc.bot.knowledge.analysis;

/**
 * Which stages of the Vietnamese analysis chain are on. Everything is on in production; the
 * evaluation switches stages on one by one to measure what each adds (see docs/evaluation.md).
 */
public record AnalysisOptions(
    boolean standardAnalyzer,
    boolean nfc,
    boolean toneMarks,
    boolean folded,
    boolean bigrams,
    boolean abbreviations,
    boolean telex,
    boolean spelling,
    boolean fillers,
    boolean codes,
    boolean offTopic,
    boolean background) {

  public static final AnalysisOptions ALL =
      new AnalysisOptions(false, true, true, true, true, true, true, true, true, true, true, true);

  /** Lucene's StandardAnalyzer on the raw text: the baseline of the ablation. */
  public static final AnalysisOptions BASELINE =
      new AnalysisOptions(true, false, false, false, false, false, false, false, false, false, false,
          false);
}
