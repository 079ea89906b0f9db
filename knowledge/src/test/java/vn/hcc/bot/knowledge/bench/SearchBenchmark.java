package vn.hcc.bot.knowledge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.hcc.bot.knowledge.Category;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;
import vn.hcc.bot.knowledge.eval.LabelledQuestion;
import vn.hcc.bot.knowledge.search.FaqIndex;
import vn.hcc.bot.knowledge.search.SearchSettings;

/**
 * Search benchmark (a harness, not a test). From the repository root:
 * {@code mvn -q -pl knowledge test-compile exec:exec -Pbench} — see docs/benchmarks.md.
 * Prints index build time, search latency p50/p99 and throughput on 1 and 2 threads, and heap
 * used, for the seed base and for a synthetic base of 10,000 entries.
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path set = Path.of(args.length > 0 ? args[0] : "eval/questions.jsonl");
    if (!Files.exists(set)) {
      set = Path.of("..").resolve(set);
    }
    List<String> queries = LabelledQuestion.read(set).stream().map(LabelledQuestion::q).toList();
    KnowledgeBase seed = KnowledgeBaseLoader.loadBundled();
    System.out.printf("JVM max heap %d MB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    run("seed base (" + seed.size() + " entries)", seed, queries);
    run("synthetic base (10,000 entries)", synthetic(seed, 10_000), queries);
  }

  private static void run(String name, KnowledgeBase base, List<String> queries) throws Exception {
    System.out.println("== " + name);
    FaqIndex index = null;
    long best = Long.MAX_VALUE;
    long first = 0;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      // the previous index stays reachable meanwhile, as in the application's swap
      index = FaqIndex.build(base, SearchSettings.defaults());
      long took = System.nanoTime() - t0;
      first = i == 0 ? took : first;
      best = Math.min(best, took);
    }
    System.out.printf("index build: first %.0f ms (cold JVM), best of 5 %.0f ms%n", first / 1e6,
        best / 1e6);
    for (int threads : new int[] {1, 2}) {
      measure(index, queries, threads, 20_000);
    }
    System.gc();
    Thread.sleep(200);
    Runtime rt = Runtime.getRuntime();
    System.out.printf("heap used after GC: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  private static void measure(FaqIndex index, List<String> queries, int threads, int perThread)
      throws Exception {
    for (int i = 0; i < 5_000; i++) { // warm-up
      index.search(queries.get(i % queries.size()), i % 5 == 0, 5);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t * 7919;
      final FaqIndex idx = index;
      futures.add(pool.submit(() -> {
        long[] lat = new long[perThread];
        for (int i = 0; i < perThread; i++) {
          String q = queries.get((offset + i) % queries.size());
          long t0 = System.nanoTime();
          idx.search(q, i % 5 == 0, 5);
          lat[i] = System.nanoTime() - t0;
        }
        return lat;
      }));
    }
    long[] all = new long[threads * perThread];
    int k = 0;
    for (Future<long[]> f : futures) {
      for (long v : f.get()) {
        all[k++] = v;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(all);
    System.out.printf("%d thread(s): p50 %.3f ms, p99 %.3f ms, max %.3f ms, %.0f queries/s%n", threads,
        all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6,
        all.length / seconds);
  }

  /**
   * Entries made by recombining words of the seed phrasings (eight alternates each) and of the
   * seed answers (150 to 250 words each, every answer different).
   */
  static KnowledgeBase synthetic(KnowledgeBase seed, int size) {
    Random random = new Random(1);
    List<String> words = new ArrayList<>();
    List<String> answerWords = new ArrayList<>();
    for (FaqEntry e : seed.entries()) {
      for (String p : e.phrasings()) {
        words.addAll(Arrays.asList(p.split("\\s+")));
      }
      answerWords.addAll(Arrays.asList(e.answer().split("\\s+")));
    }
    List<KnowledgeBase.SourcedEntry> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      FaqEntry model = seed.entries().get(random.nextInt(seed.size()));
      List<String> alternates = new ArrayList<>();
      for (int a = 0; a < 8; a++) {
        alternates.add(phrase(words, random, 4 + random.nextInt(8)));
      }
      entries.add(new KnowledgeBase.SourcedEntry("synthetic", new FaqEntry("syn.e" + i,
          model.audience(), "syn", phrase(words, random, 6 + random.nextInt(6)), alternates,
          phrase(answerWords, random, 150 + random.nextInt(100)), List.of(), "synthetic",
          LocalDate.of(2026, 11, 27), List.of())));
    }
    return KnowledgeBase.of(List.of(new Category("syn", "Synthetic", 1)), entries);
  }

  private static String phrase(List<String> words, Random random, int length) {
    var b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    return b.toString();
  }
}
