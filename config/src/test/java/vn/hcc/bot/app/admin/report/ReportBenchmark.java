package vn.hcc.bot.app.admin.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import vn.hcc.bot.core.log.JsonLinesQuestionLog;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLogEntry;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;

/**
 * Not a test: generates a month of 1,000,000 logged turns as JSON lines in a temp dir and times
 * the summary report (which also reads the previous, empty month). Run with
 * {@code mvn -q -pl config test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.hcc.bot.app.admin.report.ReportBenchmark}.
 */
public final class ReportBenchmark {
  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    Path dir = Files.createTempDirectory("hcc-report-bench");
    var kb = KnowledgeBaseLoader.loadBundled();
    var log = new JsonLinesQuestionLog(dir, zone, false);
    LocalDate from = LocalDate.of(2026, 10, 1);
    long t0 = System.nanoTime();
    generate(log, kb.entries().stream().map(e -> e.id()).toList(), from, total, zone);
    log.close();
    System.out.printf("generated %,d entries in %d ms (%s)%n", total,
        (System.nanoTime() - t0) / 1_000_000, dir);
    var service = new ReportService(log, () -> kb, List::of, zone);
    Period p = new Period(from, from.plusDays(30));
    for (int run = 1; run <= 2; run++) {
      long start = System.nanoTime();
      Counter n = LogScanner.aggregate(log, p.from(), p.to(), true, Counter::new, Counter::plus);
      System.out.printf("scan only: %,d lines in %d ms%n", n.lines, (System.nanoTime() - start) / 1_000_000);
    }
    for (int run = 1; run <= 3; run++) {
      long start = System.nanoTime();
      var summary = service.summary(p);
      System.out.printf("run %d: summary of %s questions in %d ms%n", run,
          summary.get("questions"), (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Counts the turns a scan yields, to time the scan alone. */
  private static final class Counter implements java.util.function.Consumer<QuestionLogEntry> {
    long lines;

    @Override
    public void accept(QuestionLogEntry e) {
      lines++;
    }

    Counter plus(Counter other) {
      lines += other.lines;
      return this;
    }
  }

  private static void generate(JsonLinesQuestionLog log, List<String> ids, LocalDate from,
      int total, ZoneId zone) {
    Random r = new Random(42);
    String[] channels = {"zalo", "telegram", "web"};
    OutcomeType[] outcomes = {OutcomeType.ANSWER, OutcomeType.ANSWER, OutcomeType.ANSWER,
        OutcomeType.CLARIFY, OutcomeType.DECLINE, OutcomeType.RATING, OutcomeType.HANDOFF};
    long startSec = from.atStartOfDay(zone).toEpochSecond();
    long span = 31L * 86_400;
    for (int i = 0; i < total; i++) {
      var time = java.time.Instant.ofEpochSecond(startSec + span * i / total);
      OutcomeType o = outcomes[r.nextInt(outcomes.length)];
      String id = ids.get(r.nextInt(ids.size()));
      String text = "làm sao để tra cứu hồ sơ số " + r.nextInt(5000) + " trên cổng dịch vụ công";
      log.append(new QuestionLogEntry(time, channels[r.nextInt(3)], "u" + r.nextInt(50_000),
          "m" + i, text, o, o == OutcomeType.DECLINE ? null : id, id.substring(0, id.indexOf('.')),
          0.3 + r.nextDouble() * 0.7, o == OutcomeType.RATING ? (r.nextBoolean() ? "up" : "down") : null,
          null, 40 + r.nextInt(200), null, null));
    }
  }
}
