package vn.hcc.bot.core.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.privacy.PersonalDataEraser;

/**
 * The question log as one JSON object per line in {@code questions-YYYY-MM-DD.jsonl}. Each entry is
 * one write() of a whole line, so once append returns the line is in the operating system and
 * survives a crash of the bot; with {@code force} it is also on disk before append returns.
 */
public final class JsonLinesQuestionLog implements QuestionLog, PersonalDataEraser, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(JsonLinesQuestionLog.class);

  private final Path directory;
  private final ZoneId zone;
  private final boolean force;
  private final Clock clock;
  private FileChannel channel;
  private LocalDate channelDay;

  public JsonLinesQuestionLog(Path directory, ZoneId zone, boolean force) {
    this(directory, zone, force, Clock.systemUTC());
  }

  public JsonLinesQuestionLog(Path directory, ZoneId zone, boolean force, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.force = force;
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the question log directory " + directory, e);
    }
  }

  public Path fileFor(LocalDate day) {
    return directory.resolve("questions-" + day + ".jsonl");
  }

  /** The days that have a file, oldest first. */
  public java.util.List<LocalDate> days() {
    try (var files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.matches("questions-\\d{4}-\\d{2}-\\d{2}\\.jsonl"))
          .map(n -> LocalDate.parse(n.substring("questions-".length(), n.length() - ".jsonl".length())))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the question log directory " + directory, e);
    }
  }

  @Override
  public void append(QuestionLogEntry entry) {
    write(LocalDate.ofInstant(entry.time(), zone), FlatJson.write(LogFields.of(entry)));
  }

  @Override
  public void recordDelivery(
      String channel, String userHash, String messageId, DeliveryStatus status, String detail) {
    var now = clock.instant();
    write(LocalDate.ofInstant(now, zone),
        FlatJson.write(LogFields.delivery(now, channel, userHash, messageId, status, detail)));
  }

  private synchronized void write(LocalDate day, String json) {
    ByteBuffer bytes = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
    try {
      FileChannel out = channelFor(day);
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      if (force) {
        out.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to the question log in " + directory, e);
    }
  }

  private FileChannel channelFor(LocalDate day) throws IOException {
    if (channel != null && day.equals(channelDay)) {
      return channel;
    }
    closeChannel();
    Path file = fileFor(day);
    boolean torn = endsWithTornLine(file);
    channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    channelDay = day;
    if (torn) {
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
    }
    return channel;
  }

  /** After a power cut the last line may be cut short; start the next entry on a line of its own. */
  private static boolean endsWithTornLine(Path file) throws IOException {
    if (!Files.exists(file)) {
      return false;
    }
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = in.size();
      if (size == 0) {
        return false;
      }
      ByteBuffer last = ByteBuffer.allocate(1);
      in.read(last, size - 1);
      return last.get(0) != '\n';
    }
  }

  @Override
  public void read(LocalDate from, LocalDate to, Consumer<QuestionLogEntry> action) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Path file = fileFor(day);
      if (Files.exists(file)) {
        readFile(file, action);
      }
    }
  }

  private static void readFile(Path file, Consumer<QuestionLogEntry> action) {
    List<Map<String, String>> records = JsonLinesFile.records(file);
    Map<String, Map<String, String>> deliveries = new HashMap<>();
    for (Map<String, String> r : records) {
      if (LogFields.isDelivery(r)) {
        deliveries.put(LogFields.turnKey(r), r);
      }
    }
    for (Map<String, String> r : records) {
      if (LogFields.isDelivery(r)) {
        continue;
      }
      QuestionLogEntry entry = LogFields.entry(r);
      Map<String, String> d = deliveries.get(LogFields.turnKey(r));
      if (d != null) {
        entry = entry.withDelivery(DeliveryStatus.valueOf(d.get("delivery")), d.get("deliveryDetail"));
      }
      action.accept(entry);
    }
  }

  @Override
  public synchronized void erase(ConversationKey key, String userHash) {
    closeChannel();
    Predicate<Map<String, String>> keep = r -> !Objects.equals(userHash, r.get("userHash"));
    try (var files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().endsWith(".jsonl")) {
          JsonLinesFile.rewrite(file, keep);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot erase personal data from " + directory, e);
    }
  }

  @Override
  public synchronized void close() {
    closeChannel();
  }

  private void closeChannel() {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      log.warn("Closing the question log file failed: {}", e.toString());
    }
    channel = null;
    channelDay = null;
  }
}
