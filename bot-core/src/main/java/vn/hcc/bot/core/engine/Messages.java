package vn.hcc.bot.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reply texts, read from one UTF-8 properties file. Placeholders are {@code {name}}; the
 * settings' values are filled in once at start, the rest per message.
 */
public final class Messages {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  static final String RESOURCE = "/vn/hcc/bot/core/messages.properties";

  private final Map<String, String> texts = new HashMap<>();

  public Messages(EngineSettings settings) {
    Properties raw = load();
    Map<String, String> facts = Map.of(
        "centreName", settings.centreName(),
        "hotline", settings.hotline(),
        "hours", settings.hours(),
        "portalUrl", settings.portalUrl(),
        "retention", settings.privacyRetention());
    for (String key : raw.stringPropertyNames()) {
      texts.put(key, fill(raw.getProperty(key), facts));
    }
  }

  /** The text for {@code key}, with {@code namesAndValues} = name1, value1, name2, value2… */
  public String get(String key, String... namesAndValues) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("No message '" + key + "' in " + RESOURCE);
    }
    if (namesAndValues.length == 0) {
      return text;
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      values.put(namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
    }
    // One pass, so a value that happens to contain "{name}" is never filled in again.
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    return m.appendTail(out).toString();
  }

  private static String fill(String text, Map<String, String> facts) {
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      text = text.replace("{" + fact.getKey() + "}", fact.getValue());
    }
    return text;
  }

  private static Properties load() {
    Properties props = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("Missing bundled resource " + RESOURCE));
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        props.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return props;
  }
}
