package vn.hcc.bot.app.admin.kb;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hcc.bot.app.knowledge.KnowledgeService;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.FaqLink;

/**
 * How a citizen would see an entry's answer: the text laid out as the engine does (answer, legal
 * basis with review date, related-question buttons, rating buttons) and cut to each platform's
 * limits (Zalo: 2,000 characters per message, up to 5 buttons, links as buttons; Telegram: 4,096
 * characters, links in the keyboard). It mirrors the engine's formatter for editors; the channel
 * modules remain the reference.
 */
public class AnswerPreview {
  static final int ZALO_TEXT = 2000;
  static final int ZALO_BUTTONS = 5;
  static final int TELEGRAM_TEXT = 4096;
  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final KnowledgeService knowledge;

  public AnswerPreview(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  public Map<String, Object> render(FaqEntry e) {
    String text = text(e);
    List<String> buttons = new ArrayList<>();
    for (String id : e.related()) {
      if (buttons.size() < 3) {
        knowledge.base().get(id).ifPresent(r -> buttons.add(r.question()));
      }
    }
    buttons.add("👍 Hữu ích");
    buttons.add("👎 Chưa đúng");
    List<String> links = e.links().stream().filter(l -> l != null && l.title() != null)
        .map(FaqLink::title).toList();
    var out = new LinkedHashMap<String, Object>();
    out.put("zalo", channel(text, buttons, links, ZALO_TEXT, ZALO_BUTTONS));
    out.put("telegram", channel(text, buttons, links, TELEGRAM_TEXT, Integer.MAX_VALUE));
    return out;
  }

  private String text(FaqEntry e) {
    StringBuilder t = new StringBuilder(e.answer() == null ? "" : knowledge.fill(e.answer()).strip());
    if (e.legalBasis() != null && !e.legalBasis().isBlank()) {
      t.append("\n\nCăn cứ: ").append(e.legalBasis().strip());
      if (e.reviewedOn() != null) {
        t.append(" (cập nhật ").append(VN_DATE.format(e.reviewedOn())).append(')');
      }
    }
    return t.toString();
  }

  private static Map<String, Object> channel(String text, List<String> buttons, List<String> links,
      int textLimit, int maxButtons) {
    var m = new LinkedHashMap<String, Object>();
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < text.length(); i += textLimit) {
      messages.add(text.substring(i, Math.min(text.length(), i + textLimit)));
    }
    List<String> all = new ArrayList<>(links.stream().map(l -> "🔗 " + l).toList());
    all.addAll(buttons);
    m.put("messages", messages);
    m.put("buttons", all.size() > maxButtons ? all.subList(0, maxButtons) : all);
    List<String> warnings = new ArrayList<>();
    if (messages.size() > 1) {
      warnings.add("Câu trả lời dài hơn " + textLimit + " ký tự nên bị tách thành "
          + messages.size() + " tin nhắn.");
    }
    if (all.size() > maxButtons) {
      warnings.add("Chỉ hiển thị " + maxButtons + " nút; các nút còn lại thành danh sách đánh số.");
    }
    m.put("warnings", warnings);
    return m;
  }
}
