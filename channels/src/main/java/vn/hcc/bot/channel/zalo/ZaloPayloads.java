package vn.hcc.bot.channel.zalo;

import java.util.List;
import java.util.Set;

/**
 * Zalo has no click event for {@code oa.query.hide} buttons: the payload comes back as the user's
 * text (§1.4). Texts shaped like the engine's payloads are therefore passed on as button presses.
 */
final class ZaloPayloads {
  private static final List<String> PREFIXES = List.of("faq:", "cat:", "rate:");
  private static final Set<String> WORDS = Set.of("menu", "human", "feedback");

  private ZaloPayloads() {}

  static boolean looksLikePayload(String text) {
    String t = text.strip();
    if (WORDS.contains(t)) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (t.startsWith(prefix) && t.length() > prefix.length() && t.chars().noneMatch(Character::isWhitespace)) {
        return true;
      }
    }
    return false;
  }
}
