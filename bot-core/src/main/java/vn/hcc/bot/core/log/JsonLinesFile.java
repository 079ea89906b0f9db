package vn.hcc.bot.core.log;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reading and rewriting a JSON-lines file; a torn or foreign line is skipped, never fatal. */
final class JsonLinesFile {
  private static final Logger log = LoggerFactory.getLogger(JsonLinesFile.class);

  private JsonLinesFile() {}

  static List<Map<String, String>> records(Path file) {
    List<Map<String, String>> out = new ArrayList<>();
    try (BufferedReader in = open(file)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          parse(file, line, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the question log file " + file, e);
    }
    return out;
  }

  private static void parse(Path file, String line, List<Map<String, String>> out) {
    try {
      out.add(FlatJson.read(line));
    } catch (RuntimeException e) {
      log.warn("Skipping an unreadable line in {}: {}", file.getFileName(), e.getMessage());
    }
  }

  /** Keeps only the lines whose record passes {@code keep}; replaces the file atomically. */
  static void rewrite(Path file, Predicate<Map<String, String>> keep) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedReader in = open(file);
        BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || drop(line, keep)) {
          continue;
        }
        out.write(line);
        out.write('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** True when the line is to be dropped. */
  private static boolean drop(String line, Predicate<Map<String, String>> keep) {
    try {
      return !keep.test(FlatJson.read(line));
    } catch (RuntimeException e) {
      return true;
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
  }
}
