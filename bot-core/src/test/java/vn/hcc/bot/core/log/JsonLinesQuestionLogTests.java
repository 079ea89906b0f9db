package vn.hcc.bot.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hcc.bot.core.ConversationKey;

class JsonLinesQuestionLogTests {
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @TempDir Path dir;

  static QuestionLogEntry entry(String messageId, String userHash, String text, Instant time) {
    return new QuestionLogEntry(time, "web", userHash, messageId, text, OutcomeType.ANSWER,
        "dvc.track", "dvc", 0.87, null, null, 3, null, null);
  }

  @Test
  void writesOneFilePerDayAndReadsARangeBack() {
    var log = new JsonLinesQuestionLog(dir, VN, false);
    log.append(entry("m1", "h1", "hôm qua", Instant.parse("2026-11-26T10:00:00Z")));
    log.append(entry("m2", "h1", "hôm nay", Instant.parse("2026-11-27T10:00:00Z")));
    // 18:00 UTC is already the next day in Viet Nam
    log.append(entry("m3", "h1", "đêm", Instant.parse("2026-11-27T18:00:00Z")));
    assertThat(log.fileFor(LocalDate.of(2026, 11, 28))).exists();

    List<QuestionLogEntry> read = new ArrayList<>();
    log.read(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28), read::add);
    assertThat(read).extracting(QuestionLogEntry::messageId).containsExactly("m2", "m3");
    assertThat(read.get(0)).isEqualTo(entry("m2", "h1", "hôm nay", Instant.parse("2026-11-27T10:00:00Z")));
    assertThat(log.days()).containsExactly(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27),
        LocalDate.of(2026, 11, 28));
  }

  @Test
  void daysIgnoresOtherFiles() throws IOException {
    var log = new JsonLinesQuestionLog(dir, VN, false);
    Files.writeString(dir.resolve("notes.txt"), "x");
    Files.writeString(dir.resolve("questions-2026-13-xx.jsonl"), "x");
    assertThat(log.days()).isEmpty();
  }

  @Test
  void escapesAnyTextSoEachEntryStaysOneLine() throws IOException {
    var log = new JsonLinesQuestionLog(dir, VN, true);
    String nasty = "a\"b\\c\nd\re\tf\u0000g\u2028h😀</script>{\"x\":1}";
    Instant time = Instant.parse("2026-11-27T01:00:00Z");
    log.append(entry("m1", "h", nasty, time));
    Path file = log.fileFor(LocalDate.of(2026, 11, 27));
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(1);
    List<QuestionLogEntry> read = new ArrayList<>();
    log.read(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), read::add);
    assertThat(read).containsExactly(entry("m1", "h", nasty, time));
  }

  @Test
  void recordsDeliveryStatusLater() {
    Instant time = Instant.now();
    var log = new JsonLinesQuestionLog(dir, VN, false);
    log.append(entry("m1", "h", "q", time));
    log.append(entry("m2", "h", "q", time));
    log.recordDelivery("web", "h", "m2", DeliveryStatus.FAILED, "403 blocked");
    List<QuestionLogEntry> read = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(time, VN);
    log.read(today, today, read::add);
    assertThat(read).extracting(QuestionLogEntry::delivery)
        .containsExactly(DeliveryStatus.PENDING, DeliveryStatus.FAILED);
    assertThat(read.get(1).deliveryDetail()).isEqualTo("403 blocked");
  }

  @Test
  void losesNoAcknowledgedEntryWhenAbandonedMidTrafficAndSkipsATornLine() throws Exception {
    var log = new JsonLinesQuestionLog(dir, VN, false);
    int threads = 8;
    int perThread = 250;
    Instant time = Instant.parse("2026-11-27T05:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          log.append(entry(thread + "-" + i, "h" + thread, "câu hỏi số " + i + " ".repeat(i % 7), time));
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    // "Kill": the log is never closed. A crash mid-write leaves a torn last line.
    Path file = log.fileFor(LocalDate.of(2026, 11, 27));
    Files.writeString(file, "{\"kind\":\"turn\",\"time\":\"2026-11-27T05", StandardOpenOption.APPEND);

    var reopened = new JsonLinesQuestionLog(dir, VN, false);
    reopened.append(entry("after-restart", "h", "q", time));
    Set<String> ids = new HashSet<>();
    reopened.read(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), e -> ids.add(e.messageId()));
    assertThat(ids).hasSize(threads * perThread + 1).contains("0-0", "7-249", "after-restart");
  }

  @Test
  void erasesOneUsersLines() {
    var log = new JsonLinesQuestionLog(dir, VN, false);
    Instant time = Instant.parse("2026-11-27T05:00:00Z");
    log.append(entry("m1", "keep", "q", time));
    log.append(entry("m2", "gone", "q", time));
    log.append(entry("m3", "gone", "q", time.minusSeconds(86_400)));
    log.erase(new ConversationKey("web", "x"), "gone");
    log.append(entry("m4", "keep", "q", time));
    List<String> ids = new ArrayList<>();
    log.read(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27), e -> ids.add(e.messageId()));
    assertThat(ids).containsExactly("m1", "m4");
  }
}
