package vn.hcc.bot.channel;

import java.util.Map;
import java.util.TreeMap;

/** HTTP header lookup that ignores case, as HTTP does (RFC 9110 §5.1). */
public final class Headers {
  private Headers() {}

  /** The value of {@code name}, or null when absent. */
  public static String get(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    TreeMap<String, String> folded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    folded.putAll(headers);
    return folded.get(name);
  }
}
