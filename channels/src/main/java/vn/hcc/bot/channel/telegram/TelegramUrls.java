package vn.hcc.bot.channel.telegram;

import java.net.URI;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Builds the library's {@link TelegramUrl} from a base URL and keeps tokens out of logged text. */
final class TelegramUrls {
  /** "bot123456:ABC-def…" as it appears in Bot API URLs. */
  private static final Pattern TOKEN_IN_URL = Pattern.compile("bot\\d+:[A-Za-z0-9_-]+");

  private TelegramUrls() {}

  /** Scheme, host and port of {@code apiBaseUrl}; the library has no path prefix, so a path is refused. */
  static TelegramUrl of(String apiBaseUrl) {
    URI uri = URI.create(apiBaseUrl);
    if (uri.getHost() == null || uri.getScheme() == null) {
      throw new IllegalArgumentException("bot.telegram.api-base-url must be scheme://host[:port], was " + apiBaseUrl);
    }
    if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
      throw new IllegalArgumentException("bot.telegram.api-base-url cannot have a path: " + apiBaseUrl);
    }
    int port = uri.getPort() > 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
  }

  /** {@code text} with any bot token replaced, for log lines that may quote a URL or an error. */
  static String mask(String text) {
    return text == null ? "" : TOKEN_IN_URL.matcher(text).replaceAll("bot***");
  }
}
