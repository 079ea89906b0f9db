package vn.hcc.bot.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises small talk and commands on folded text. Greetings, thanks and the like count only when
 * the message is essentially just that (filler words such as "ad", "ạ", "nhé" aside), so "chào ad,
 * cho hỏi làm hộ chiếu" stays a question. Handoff and feedback are found inside short messages.
 */
final class IntentMatcher {
  private static final Set<String> FILLERS = Set.of(
      "ad", "admin", "ban", "bot", "em", "anh", "chi", "a", "oi", "nhe", "nha", "nhieu", "lam",
      "rat", "ak", "ah", "ha", "shop", "moi", "nguoi", "ca", "vay", "dc", "duoc", "nhes", "nhaa");
  private static final Set<String> GREETINGS = Set.of(
      "chao", "xin chao", "hi", "hello", "helo", "alo", "hey", "chao buoi sang", "chao buoi chieu",
      "chao buoi toi", "/start", "start", "xin chao buoi sang", "xin chao buoi chieu");
  private static final Set<String> THANKS = Set.of(
      "cam on", "camon", "thank", "thanks", "thank you", "thanks you", "tks", "thks",
      "thx", "ty", "c on", "ok cam on", "vang cam on", "da cam on", "xin cam on", "ok", "oke",
      "okie", "ok thanks", "cam on nhe");
  private static final Set<String> GOODBYES = Set.of(
      "tam biet", "bye", "bye bye", "byebye", "goodbye", "bai", "bb", "hen gap lai", "pp",
      "chao tam biet", "tam biet nhe");
  private static final Set<String> WHO = Set.of(
      "la ai", "ai vay", "ai day", "la gi", "ten gi", "la nguoi hay may", "co phai nguoi khong",
      "ai the", "gioi thieu");
  private static final Set<String> HELP = Set.of(
      "/help", "/menu", "menu", "tro giup", "huong dan", "help", "giup do", "giup", "danh muc",
      "/danhmuc", "cac thu tuc", "xem menu");
  private static final Set<String> ERASE = Set.of(
      "/xoadulieu", "xoa du lieu", "xoa du lieu cua toi", "xoa thong tin cua toi", "xoa thong tin",
      "xoadulieu", "xoa het du lieu", "xoa toan bo du lieu", "xoa du lieu ca nhan");
  private static final List<String> HANDOFF = List.of(
      "gap can bo", "gap canbo", "gap nhan vien", "tong dai", "nguoi that", "tu van vien",
      "noi chuyen voi nguoi", "gap nguoi", "/human", "/canbo", "can bo ho tro", "ket noi can bo");
  private static final List<String> FEEDBACK = List.of(
      "phan anh", "kien nghi", "gop y", "/phananh", "/feedback");
  private static final Set<String> CANCEL = Set.of(
      "huy", "huy bo", "thoi", "/cancel", "cancel", "dung lai", "khong gui", "/huy");
  private static final Set<String> CONFIRM = Set.of(
      "xac nhan", "dong y", "co", "ok", "oke", "gui", "yes", "xac nhan xoa", "xoa", "dung",
      "chac chan", "gui di");
  private static final Set<String> SKIP = Set.of(
      "bo qua", "skip", "khong", "ko", "k", "khong can", "thoi khoi");
  private static final int SHORT_MESSAGE_WORDS = 10;

  Intent match(String folded) {
    if (folded.isEmpty()) {
      return Intent.NONE;
    }
    String core = withoutFillers(folded);
    if (ERASE.contains(folded) || ERASE.contains(core)) {
      return Intent.ERASE;
    }
    if (HELP.contains(core)) {
      return Intent.HELP;
    }
    if (GREETINGS.contains(core) || (core.isEmpty() && isGreetingFiller(folded))) {
      return Intent.GREETING;
    }
    if (THANKS.contains(core)) {
      return Intent.THANKS;
    }
    if (GOODBYES.contains(core)) {
      return Intent.GOODBYE;
    }
    if (WHO.contains(core)) {
      return Intent.WHO;
    }
    if (TextNormalizer.wordCount(folded) <= SHORT_MESSAGE_WORDS) {
      if (containsPhrase(folded, HANDOFF)) {
        return Intent.HANDOFF;
      }
      if (containsPhrase(folded, FEEDBACK)) {
        return Intent.FEEDBACK;
      }
    }
    return Intent.NONE;
  }

  /** "ad ơi" alone is someone calling for attention: treat it as a greeting. */
  private static boolean isGreetingFiller(String folded) {
    return folded.startsWith("ad") || folded.startsWith("admin") || folded.startsWith("ban oi");
  }

  static String withoutFillers(String folded) {
    List<String> kept = new ArrayList<>();
    for (String word : folded.split(" ")) {
      if (!FILLERS.contains(word)) {
        kept.add(word);
      }
    }
    return String.join(" ", kept);
  }

  private static boolean containsPhrase(String folded, List<String> phrases) {
    String padded = " " + folded + " ";
    for (String phrase : phrases) {
      if (padded.contains(" " + phrase + " ")) {
        return true;
      }
    }
    return false;
  }

  static boolean isCancel(String folded) {
    return CANCEL.contains(withoutFillers(folded));
  }

  static boolean isConfirm(String folded) {
    return CONFIRM.contains(withoutFillers(folded));
  }

  static boolean isSkip(String folded) {
    return SKIP.contains(withoutFillers(folded));
  }
}
