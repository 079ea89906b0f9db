package vn.hcc.bot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the bundled knowledge base: {@code kb/index.txt} on the class path names one YAML file per
 * category (see docs/knowledge-base.md). Every problem is reported at once, naming file and entry.
 */
public final class KnowledgeBaseLoader {
  public static final String BUNDLE_DIR = "kb/";
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final List<Category> categories = new ArrayList<>();
  private final List<KnowledgeBase.SourcedEntry> entries = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  /** Loads and validates every file listed in the bundled index. */
  public static KnowledgeBase loadBundled() {
    var loader = new KnowledgeBaseLoader();
    for (String file : bundledFiles()) {
      try (InputStream in = resource(BUNDLE_DIR + file)) {
        loader.add(file, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loader.build();
  }

  /** The category files named by {@code kb/index.txt}, in order. */
  public static List<String> bundledFiles() {
    try (InputStream in = resource(BUNDLE_DIR + "index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one category file; problems are collected until {@link #build()}. */
  public KnowledgeBaseLoader add(String source, InputStream in) {
    JsonNode root;
    try {
      // decoded here, strictly, so that a file saved in another encoding is named as such rather
      // than read as garbled text or reported as a YAML error
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
      root = YAML.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (java.nio.charset.CharacterCodingException e) {
      problems.add(source + ": not valid UTF-8 text; save the file as UTF-8");
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      problems.add(source + ": not valid YAML: " + e.getOriginalMessage()
          + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
      return this;
    }
    if (root == null || !root.isObject()) {
      problems.add(source + ": expected a mapping with 'category', 'title' and 'entries'");
      return this;
    }
    String category = EntryReader.text(root, "category");
    String title = EntryReader.text(root, "title");
    if (category == null || title == null) {
      problems.add(source + ": 'category' and 'title' are required");
      return this;
    }
    categories.add(new Category(category, title, root.path("order").asInt(100)));
    JsonNode list = root.get("entries");
    if (list == null || !list.isArray()) {
      problems.add(source + ": 'entries' must be a list");
      return this;
    }
    int i = 0;
    for (JsonNode n : list) {
      i++;
      if (!n.isObject()) {
        problems.add(source + " entry #" + i + ": expected a mapping");
        continue;
      }
      FaqEntry e = EntryReader.read(n, category);
      if (!category.equals(e.category())) {
        problems.add(source + " entry '" + e.id() + "': category must be '" + category
            + "' like its file");
      }
      entries.add(new KnowledgeBase.SourcedEntry(source, e));
    }
    return this;
  }

  public KnowledgeBase build() {
    if (!problems.isEmpty()) {
      var all = new ArrayList<>(problems);
      all.addAll(new EntryValidator().validate(categories, entries));
      throw new KnowledgeBaseException(all);
    }
    return KnowledgeBase.of(categories, entries);
  }

  private static InputStream resource(String path) {
    InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing bundled resource " + path));
    }
    return in;
  }
}
