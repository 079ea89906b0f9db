package vn.hcc.bot.channel;

import java.util.Map;

/** HTTP header lookup that ignores case, as HTTP does (RFC 9110 §5.1). */
public final class Headers {
  private Headers() {}

  /** The value of {@code name}, or null when absent. Null keys (some servlet maps have one) are skipped. */
  public static String get(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }
}
