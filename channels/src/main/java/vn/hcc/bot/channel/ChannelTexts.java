package vn.hcc.bot.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The few sentences adapters say on their own, kept in one UTF-8 properties file for editors. */
public final class ChannelTexts {
  private static final String RESOURCE = "/vn/hcc/bot/channel/channel-texts.properties";
  private static final Properties TEXTS = load();

  private ChannelTexts() {}

  /** The text for {@code key}; a missing key is a packaging bug, so it fails loudly. */
  public static String get(String key) {
    String value = TEXTS.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("missing text '" + key + "' in " + RESOURCE);
    }
    return value;
  }

  private static Properties load() {
    try (InputStream in = ChannelTexts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("bundled resource missing: " + RESOURCE));
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
