package vn.hcc.bot.app.admin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One JSON mapper for the admin stores (files are pretty-printed so that people can read them). */
public final class Json {
  public static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  public static byte[] pretty(Object value) {
    return PRETTY.writeValueAsBytes(value);
  }

  public static String line(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** The file's JSON, or null when the file does not exist. */
  public static JsonNode readFile(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return MAPPER.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
