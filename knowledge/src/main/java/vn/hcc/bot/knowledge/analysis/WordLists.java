package vn.hcc.bot.knowledge.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** The editable word lists bundled beside the analysis classes: one item a line, # for comments. */
public final class WordLists {
  private WordLists() {}

  /** The text of a bundled list ({@code name} beside this class); a missing one is a build error. */
  public static String bundled(String name) {
    try (InputStream in = WordLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list's items: lines stripped, blank lines and lines starting with # left out. */
  public static Stream<String> items(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"));
  }
}
