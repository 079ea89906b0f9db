package vn.hcc.bot.core.engine;

import java.util.Set;

/**
 * Tells a follow-up ("còn lệ phí thì sao?", "mất bao lâu", "làm online được không") from a new
 * question: a follow-up only names an aspect of a procedure (fee, time, place, papers, online) and
 * no subject of its own, so it must lean on the previous topic.
 */
final class FollowUpWords {
  /** Folded words that name an aspect or carry no meaning. */
  private static final Set<String> ASPECT = Set.of((
      "con thi sao vay the nao duoc khong ko k co la gi j bao nhieu bn lau mat may ngay thoi gian"
      + " han le phi tien het ton o dau noi nop lam can giay to ho so hs online truc tuyen qua"
      + " mang ai khi ntn nhu a ad oi z v nua them va cho hoi em minh toi nhe vs voi mien giam"
      + " ket nhan di lai buu dien nha bang cach dieu kien thu tuc truoc sau roi r ha").split(" "));

  /** Folded words that carry no aspect at all ("còn ... thì sao?"). */
  private static final Set<String> EMPTY = Set.of((
      "con thi sao vay the nao duoc khong ko k co la gi j a ad oi z v nua them cho hoi em minh toi"
      + " nhe roi r ha va vs voi").split(" "));

  private FollowUpWords() {}

  /** Whether {@code text} mentions every aspect word of the follow-up ("lệ phí" for "còn lệ phí?"). */
  static boolean covers(String text, String followUpFolded) {
    String haystack = " " + TextNormalizer.fold(text) + " ";
    for (String w : followUpFolded.split(" ")) {
      if (!EMPTY.contains(w) && !haystack.contains(" " + w + " ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the (folded) message names a subject the previous entry's text never mentions
   * ("làm hộ chiếu cần giấy tờ gì" after an answer on passwords): then it is a new question, not a
   * follow-up, however short.
   */
  static boolean namesNewSubject(String folded, String previousText) {
    String haystack = " " + TextNormalizer.fold(previousText) + " ";
    for (String w : folded.split(" ")) {
      if (!w.isEmpty() && !ASPECT.contains(w) && !haystack.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word of the (folded) message is an aspect word. */
  static boolean onlyAspects(String folded) {
    if (folded.isBlank()) {
      return false;
    }
    for (String w : folded.split(" ")) {
      if (!ASPECT.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
