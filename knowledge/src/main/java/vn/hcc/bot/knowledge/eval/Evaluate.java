package vn.hcc.bot.knowledge.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;
import vn.hcc.bot.knowledge.analysis.AnalysisOptions;
import vn.hcc.bot.knowledge.search.ConfidenceModel;
import vn.hcc.bot.knowledge.search.FaqIndex;
import vn.hcc.bot.knowledge.search.SearchResult;
import vn.hcc.bot.knowledge.search.SearchSettings;

/**
 * The retrieval evaluation, run from the repository root:
 * {@code mvn -q -pl knowledge exec:java -Dexec.args="[evaluate|ablation|calibrate] [set.jsonl] [--misses]"}.
 * The default set is {@code eval/questions.jsonl}. Other modes: {@code explain 'question' …},
 * {@code learn|calibrate|dump set.jsonl …} (dump: one tab-separated line per question, for analysis).
 */
public final class Evaluate {
  private Evaluate() {}

  public static void main(String[] args) throws IOException {
    Locale.setDefault(Locale.ROOT);
    String mode = args.length > 0 ? args[0] : "evaluate";
    boolean misses = List.of(args).contains("--misses");
    if (mode.equals("explain")) {
      explain(KnowledgeBaseLoader.loadBundled(), List.of(args).subList(1, args.length));
      return;
    }
    List<Path> sets = sets(args);
    Path set = sets.isEmpty() ? resolve("eval/questions.jsonl") : sets.get(0);
    List<LabelledQuestion> questions = LabelledQuestion.read(set);
    KnowledgeBase base = KnowledgeBaseLoader.loadBundled();
    switch (mode) {
      case "ablation" -> ablation(base, questions);
      case "calibrate" -> Calibration.run(base, questions, sets);
      case "learn" -> RankLearning.run(base, sets);
      case "dump" -> dump(base, sets);
      case "holdout" -> holdout(base);
      default -> evaluate(base, questions, SearchSettings.defaults(), misses);
    }
  }

  /** The question sets named on the command line after the mode, as paths. */
  private static List<Path> sets(String[] args) {
    List<Path> out = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        out.add(resolve(args[i]));
      }
    }
    return out;
  }

  /** A path as given, or from the parent directory (Maven runs the tool inside the module). */
  private static Path resolve(String path) {
    Path p = Path.of(path);
    return Files.exists(p) ? p : Path.of("..").resolve(p);
  }

  /** Prints, for each question, the first five entries with the scores that ranked them. */
  private static void explain(KnowledgeBase base, List<String> texts) {
    FaqIndex index = FaqIndex.build(base, SearchSettings.defaults());
    for (String text : texts) {
      SearchResult r = index.search(text, text.startsWith("staff:"), 5);
      System.out.println(text + "  answered=" + r.answered());
      System.out.println("  read as: " + index.reading(text.startsWith("staff:") ? text.substring(6) : text));
      for (var h : r.hits()) {
        StringBuilder order = new StringBuilder();
        double[] o = h.order();
        for (int k = 0; k < o.length; k++) {
          order.append(String.format(" %s %.2f", vn.hcc.bot.knowledge.search.RankingModel.FEATURES[k], o[k]));
        }
        System.out.printf("  %-28s score %.3f conf %.2f gap %.2f |%s | %s%n", h.entry().id(),
            h.score(), h.confidence(), h.features().gap(), order, h.matchedWords());
      }
    }
  }

  /**
   * One tab-separated line per question of every set, for analysis elsewhere: set, whether in
   * scope, whether the top hit is right, answered, its confidence, and the hit's confidence
   * features.
   */
  private static void dump(KnowledgeBase base, List<Path> sets) throws IOException {
    FaqIndex index = FaqIndex.build(base, SearchSettings.defaults());
    System.out.println("set\tinScope\tright\tanswered\tconfidence\tgap\trelative\tcoverage\ttop\tq");
    for (Path set : sets) {
      for (LabelledQuestion q : LabelledQuestion.read(set)) {
        SearchResult r = index.search(q.q(), q.staff(), 5);
        if (r.hits().isEmpty()) {
          continue;
        }
        var h = r.hits().get(0);
        System.out.printf("%s\t%b\t%b\t%b\t%.4f\t%.4f\t%.4f\t%.4f\t%s\t%s%n",
            set.getFileName(), q.inScope(), q.expect().contains(h.entry().id()), r.answered(),
            h.confidence(), h.features().gap(), h.features().relative(), h.features().coverage(),
            h.entry().id(), q.q().replace('\t', ' '));
      }
    }
  }

  /**
   * How well the base tells its own entries apart: in five rounds, every entry's alternates with
   * index i (i mod 5 = round) are left out of the index and asked as questions. Prints each one
   * that lands on another entry, then the share that find their own entry first.
   */
  private static void holdout(KnowledgeBase base) {
    int folds = 5;
    int asked = 0;
    int first = 0;
    for (int round = 0; round < folds; round++) {
      List<KnowledgeBase.SourcedEntry> kept = new ArrayList<>();
      List<String[]> held = new ArrayList<>(); // id, audience staff?, text
      for (var e : base.entries()) {
        List<String> alternates = new ArrayList<>();
        for (int i = 0; i < e.alternates().size(); i++) {
          if (i % folds == round) {
            held.add(new String[] {e.id(),
                String.valueOf(e.audience() == vn.hcc.bot.knowledge.Audience.STAFF),
                e.alternates().get(i)});
          } else {
            alternates.add(e.alternates().get(i));
          }
        }
        kept.add(new KnowledgeBase.SourcedEntry("holdout", new vn.hcc.bot.knowledge.FaqEntry(
            e.id(), e.audience(), e.category(), e.question(), alternates, e.answer(), e.links(),
            e.legalBasis(), e.reviewedOn(), e.related())));
      }
      FaqIndex index = FaqIndex.build(KnowledgeBase.of(base.categories(), kept),
          SearchSettings.defaults());
      for (String[] h : held) {
        SearchResult r = index.search(h[2], Boolean.parseBoolean(h[1]), 3);
        asked++;
        if (!r.hits().isEmpty() && r.hits().get(0).entry().id().equals(h[0])) {
          first++;
        } else {
          System.out.println("HOLDOUT " + h[0] + " -> "
              + r.hits().stream().map(Scores::describe).toList() + " :: " + h[2]);
        }
      }
    }
    System.out.printf("alternates held out %d: own entry first %.3f%n", asked, (double) first / asked);
  }

  static Scores evaluate(KnowledgeBase base, List<LabelledQuestion> questions,
      SearchSettings settings, boolean misses) {
    FaqIndex index = FaqIndex.build(base, settings);
    Scores scores = new Scores();
    for (LabelledQuestion q : questions) {
      SearchResult r = index.search(q.q(), q.staff(), 5);
      if (!scores.add(q, r) && misses) {
        System.out.println("MISS expect=" + q.expect() + " answered=" + r.answered() + " got="
            + r.hits().stream().limit(3).map(Scores::describe).toList() + " :: " + q.q());
      }
    }
    if (misses || settings.options() == AnalysisOptions.ALL) {
      System.out.print(scores.summary());
    }
    return scores;
  }

  private static void ablation(KnowledgeBase base, List<LabelledQuestion> questions) {
    List<Object[]> steps = new ArrayList<>();
    steps.add(new Object[] {"Lucene StandardAnalyzer (baseline)", AnalysisOptions.BASELINE});
    boolean[] f = new boolean[12];
    String[] names = {"", "+ NFC, lower case, own word splitter", "+ one tone-mark and i/y spelling convention",
        "+ folded field (no diacritics, đ → d)", "+ syllable bigrams", "+ chat abbreviations",
        "+ Telex/VNI repair", "+ typo correction",
        "+ filler words ignored in coverage, place names left out of questions",
        "+ long codes (dossier, phone, ID numbers) dropped from questions",
        "+ off-topic subjects (off-topic.txt) halve an entry's confidence",
        "+ background clauses (background.txt: đã, vừa, tuần trước …) weigh 0.3"};
    for (int i = 1; i < names.length; i++) {
      f[i] = true;
      steps.add(new Object[] {names[i],
          new AnalysisOptions(false, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10],
              f[11])});
    }
    System.out.println("| stage | rank-1 | top-1 (answered, right) | top-3 | MRR@5 | wrong | declined (out of scope) |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Object[] step : steps) {
      var settings = SearchSettings.of((AnalysisOptions) step[1], SearchSettings.DEFAULT_THRESHOLD);
      System.out.println(evaluate(base, questions, settings, false).row((String) step[0]));
    }
    System.out.println("(bundled confidence model"
        + ", threshold " + SearchSettings.DEFAULT_THRESHOLD + ")");
  }
}
