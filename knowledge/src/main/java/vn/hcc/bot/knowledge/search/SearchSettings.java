package vn.hcc.bot.knowledge.search;

import java.util.Set;
import vn.hcc.bot.knowledge.analysis.AnalysisOptions;
import vn.hcc.bot.knowledge.analysis.ChatAbbreviations;
import vn.hcc.bot.knowledge.analysis.OffTopicPhrases;
import vn.hcc.bot.knowledge.analysis.TextNormalizer;
import vn.hcc.bot.knowledge.analysis.TextPipeline;
import vn.hcc.bot.knowledge.analysis.WordLists;

/**
 * How the index analyses and scores text: the analysis stages, field weights, BM25 parameters,
 * the confidence model and the threshold below which the bot declines.
 */
public record SearchSettings(
    AnalysisOptions options,
    TextPipeline pipeline,
    ConfidenceModel model,
    double threshold,
    double exactWeight,
    double foldedWeight,
    double bigramWeight,
    double answerWeight,
    RankingModel ranking,
    double k1,
    double b) {

  public static final double DEFAULT_THRESHOLD = 0.5;

  public static SearchSettings defaults() {
    return of(AnalysisOptions.ALL, DEFAULT_THRESHOLD);
  }

  public static SearchSettings of(AnalysisOptions options, double threshold) {
    var pipeline = new TextPipeline(options, ChatAbbreviations.bundled(), bundledFillers(),
        OffTopicPhrases.bundled());
    return new SearchSettings(options, pipeline, ConfidenceModel.bundled(), threshold,
        0.5, 1.0, 1.0, 0.15, RankingModel.bundled(), 1.2, 0.5);
  }

  public SearchSettings withThreshold(double t) {
    return new SearchSettings(options, pipeline, model, t, exactWeight, foldedWeight,
        bigramWeight, answerWeight, ranking, k1, b);
  }

  public SearchSettings withModel(ConfidenceModel m) {
    return new SearchSettings(options, pipeline, m, threshold, exactWeight, foldedWeight,
        bigramWeight, answerWeight, ranking, k1, b);
  }

  static Set<String> bundledFillers() {
    return WordLists.items(WordLists.bundled("fillers.txt")).map(TextNormalizer::normalize)
        .collect(java.util.stream.Collectors.toSet());
  }
}
