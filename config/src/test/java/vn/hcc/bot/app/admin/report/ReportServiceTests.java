package vn.hcc.bot.app.admin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hcc.bot.core.log.InMemoryQuestionLog;
import vn.hcc.bot.core.log.JsonLinesQuestionLog;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLogEntry;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;

/**
 * The day files are counted in parallel and merged; the figures must be exactly those of one
 * sequential pass over the same turns (the in-memory log is read that way).
 */
class ReportServiceTests {
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  @Test
  void dayFilesCountedInParallelGiveTheSameReportAsOnePass(@TempDir Path dir) {
    var kb = KnowledgeBaseLoader.loadBundled();
    List<String> ids = kb.entries().stream().map(e -> e.id()).toList();
    var files = new JsonLinesQuestionLog(dir, ZONE, false);
    var memory = new InMemoryQuestionLog(ZONE);
    Random r = new Random(7);
    LocalDate first = LocalDate.of(2026, 9, 1);
    long start = first.atStartOfDay(ZONE).toEpochSecond();
    OutcomeType[] outcomes = {OutcomeType.ANSWER, OutcomeType.CLARIFY, OutcomeType.DECLINE,
        OutcomeType.RATING, OutcomeType.HANDOFF, OutcomeType.FEEDBACK};
    String[] texts = {"làm hộ chiếu ở đâu", "Làm hộ chiếu ở đâu?", "lệ phí khai sinh",
        "quên mật khẩu", "giá vàng hôm nay", "tra cứu hồ sơ"};
    // in time order, as turns are logged: "first seen" and "last answered" then mean the same
    long[] times = r.longs(3_000, start, start + 60 * 86_400L).sorted().toArray();
    for (int i = 0; i < times.length; i++) {
      OutcomeType o = outcomes[r.nextInt(outcomes.length)];
      String id = ids.get(r.nextInt(ids.size()));
      var e = new QuestionLogEntry(Instant.ofEpochSecond(times[i]),
          r.nextBoolean() ? "zalo" : "web", "u" + r.nextInt(40), "m" + i, texts[r.nextInt(texts.length)],
          o, o == OutcomeType.DECLINE ? null : o == OutcomeType.FEEDBACK ? "PA-" + i : id,
          id.substring(0, id.indexOf('.')), 0.5, o == OutcomeType.RATING ? (r.nextBoolean() ? "up" : "down") : null,
          null, r.nextInt(300), null, null);
      files.append(e);
      memory.append(e);
    }
    files.close();
    Period p = new Period(first.plusDays(30), first.plusDays(59));
    var parallel = new ReportService(files, () -> kb, List::of, ZONE).summary(p);
    var sequential = new ReportService(memory, () -> kb, List::of, ZONE).summary(p);
    assertThat((long) parallel.get("questions")).isPositive();
    assertThat((long) parallel.get("previousQuestions")).isPositive();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void warmUpReadsTheLastThreeLoggedDays(@TempDir Path dir) {
    var kb = KnowledgeBaseLoader.loadBundled();
    var log = new JsonLinesQuestionLog(dir, ZONE, false);
    var service = new ReportService(log, () -> kb, List::of, ZONE);
    assertThat(service.warmUp()).isEmpty(); // nothing logged yet
    for (String day : List.of("2026-10-01", "2026-10-05", "2026-10-06", "2026-10-09")) {
      log.append(new QuestionLogEntry(Instant.parse(day + "T03:00:00Z"), "web", "u", "m" + day, "hỏi",
          OutcomeType.ANSWER, "dvc.track", "dvc", 0.9, null, null, 5, null, null));
    }
    log.close();
    assertThat(service.warmUp())
        .contains(new Period(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9)));
    assertThat(new ReportService(new InMemoryQuestionLog(ZONE), () -> kb, List::of, ZONE).warmUp())
        .isEmpty();
  }
}
