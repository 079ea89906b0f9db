package vn.hcc.bot.app.admin.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.hcc.bot.core.log.JsonLinesQuestionLog;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;

/**
 * Reads the JSON-lines question log for reports without building a map per line: it walks the
 * bytes of each flat object once and decodes only the fields a report counts. This is what keeps
 * a month of a million lines under two seconds; other logs (Redis) use their own read().
 */
final class LogScanner {
  private LogScanner() {}

  /**
   * Counts a period with one aggregator per day file, days spread over the cores, then merged in
   * day order. Logs that are not day files are read in one pass.
   */
  static <A extends Consumer<QuestionLogEntry>> A aggregate(QuestionLog log, LocalDate from,
      LocalDate to, boolean texts, java.util.function.Supplier<A> make,
      java.util.function.BinaryOperator<A> merge) {
    if (!(log instanceof JsonLinesQuestionLog files)) {
      A a = make.get();
      log.read(from, to, a);
      return a;
    }
    int days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    return java.util.stream.IntStream.range(0, days).parallel()
        .mapToObj(i -> {
          A a = make.get();
          Path file = files.fileFor(from.plusDays(i));
          if (Files.exists(file)) {
            scan(file, a, texts);
          }
          return a;
        })
        .reduce(merge)
        .orElseGet(make);
  }

  /** {@code texts}: whether questions need their text (top questions); decoding it costs most. */
  private static void scan(Path file, Consumer<QuestionLogEntry> action, boolean texts) {
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the question log file " + file, e);
    }
    int start = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == '\n') {
        if (i > start) {
          QuestionLogEntry e = parse(b, start, i, texts);
          if (e != null) {
            action.accept(e);
          }
        }
        start = i + 1;
      }
    }
  }

  /** One turn record, or null for delivery records and torn or foreign lines. */
  static QuestionLogEntry parse(byte[] b, int from, int to, boolean texts) {
    var f = new Fields();
    try {
      int i = from;
      if (b[i++] != '{') {
        return null;
      }
      while (i < to && b[i] != '}') {
        int keyStart = i + 1;
        int keyEnd = skipString(b, i, to);
        i = keyEnd + 2;
        int valueStart = i;
        int valueEnd = b[i] == '"' ? skipString(b, i, to) + 1 : skipLiteral(b, i, to);
        f.put(Key.of(b, keyStart, keyEnd), b, valueStart, valueEnd);
        i = valueEnd;
        if (b[i] == ',') {
          i++;
        }
      }
      return f.entry(texts);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Index of the closing quote of the string starting at {@code i}. */
  private static int skipString(byte[] b, int i, int to) {
    for (int j = i + 1; j < to; j++) {
      if (b[j] == '\\') {
        j++;
      } else if (b[j] == '"') {
        return j;
      }
    }
    throw new IllegalArgumentException("unterminated string");
  }

  private static int skipLiteral(byte[] b, int i, int to) {
    int j = i;
    while (j < to && b[j] != ',' && b[j] != '}') {
      j++;
    }
    return j;
  }

  /** The keys a report reads; matched on the raw bytes so that no key string is made per line. */
  enum Key {
    KIND("kind"), TIME("time"), CHANNEL("channel"), TEXT("text"), OUTCOME("outcome"),
    ENTRY_ID("entryId"), CATEGORY("category"), RATING("rating"), LATENCY("latencyMs");

    private final byte[] name;

    Key(String name) {
      this.name = name.getBytes(StandardCharsets.US_ASCII);
    }

    static Key of(byte[] b, int s, int e) {
      for (Key k : values()) {
        if (k.name.length == e - s && java.util.Arrays.equals(k.name, 0, k.name.length, b, s, e)) {
          return k;
        }
      }
      return null;
    }
  }

  /** The fields a report needs, decoded lazily from the line's bytes. */
  private static final class Fields {
    String kind;
    Instant time;
    String channel;
    byte[] bytes;
    int textStart = -1;
    int textEnd;
    OutcomeType outcome;
    String entryId;
    String category;
    String rating;
    long latency;

    void put(Key key, byte[] b, int s, int e) {
      if (key == null) {
        return;
      }
      switch (key) {
        case KIND -> kind = b[s + 1] == 't' ? "turn" : "other";
        case TIME -> time = time(b, s + 1);
        case CHANNEL -> channel = str(b, s, e);
        case TEXT -> {
          bytes = b;
          textStart = s;
          textEnd = e;
        }
        case OUTCOME -> outcome = OutcomeType.valueOf(str(b, s, e));
        case ENTRY_ID -> entryId = str(b, s, e);
        case CATEGORY -> category = str(b, s, e);
        case RATING -> rating = str(b, s, e);
        case LATENCY -> latency = Long.parseLong(new String(b, s, e - s, StandardCharsets.US_ASCII));
      }
    }

    QuestionLogEntry entry(boolean texts) {
      if (!"turn".equals(kind) || time == null || outcome == null) {
        return null;
      }
      // Only questions need their text (for top questions); ratings and commands skip decoding.
      boolean question = outcome == OutcomeType.ANSWER || outcome == OutcomeType.CLARIFY
          || outcome == OutcomeType.DECLINE;
      String text = texts && question && textStart >= 0
          ? JsonText.unescape(str(bytes, textStart, textEnd)) : null;
      return new QuestionLogEntry(time, channel, null, null, text, outcome, entryId, category,
          null, rating, null, latency, null, null);
    }

    private static String str(byte[] b, int s, int e) {
      return new String(b, s + 1, e - s - 2, StandardCharsets.UTF_8);
    }

    /** "YYYY-MM-DDTHH:MM:SS[.fff]Z" as written by Instant.toString, without a general parser. */
    private static Instant time(byte[] b, int i) {
      int y = num(b, i, 4);
      int mo = num(b, i + 5, 2);
      int d = num(b, i + 8, 2);
      long secs = LocalDate.of(y, mo, d).toEpochDay() * 86_400L
          + num(b, i + 11, 2) * 3600L + num(b, i + 14, 2) * 60L + num(b, i + 17, 2);
      return Instant.ofEpochSecond(secs);
    }

    private static int num(byte[] b, int i, int len) {
      int n = 0;
      for (int k = 0; k < len; k++) {
        int digit = b[i + k] - '0';
        if (digit < 0 || digit > 9) {
          throw new IllegalArgumentException("not a digit");
        }
        n = n * 10 + digit;
      }
      return n;
    }
  }
}
