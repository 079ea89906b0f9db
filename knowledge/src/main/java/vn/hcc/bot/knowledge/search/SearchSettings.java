package vn.hcc.bot.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import vn.hcc.bot.knowledge.analysis.AnalysisOptions;
import vn.hcc.bot.knowledge.analysis.ChatAbbreviations;
import vn.hcc.bot.knowledge.analysis.OffTopicPhrases;
import vn.hcc.bot.knowledge.analysis.TextNormalizer;
import vn.hcc.bot.knowledge.analysis.TextPipeline;

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
    try (InputStream in = TextPipeline.class.getResourceAsStream("fillers.txt")) {
      if (in == null) {
        throw new IOException("missing bundled resource fillers.txt");
      }
      Set<String> out = new HashSet<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> out.add(TextNormalizer.normalize(l)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
