package vn.hcc.bot.app.admin.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The summary flattened to (section, key, value) rows for spreadsheets. */
final class ReportTable {
  private static final Map<String, String> TITLES = Map.ofEntries(
      Map.entry("questions", "Số câu hỏi"), Map.entry("answered", "Đã trả lời"),
      Map.entry("declined", "Từ chối"), Map.entry("clarified", "Hỏi lại"),
      Map.entry("answerRate", "Tỷ lệ trả lời"), Map.entry("handoffs", "Chuyển cán bộ"),
      Map.entry("tickets", "Phản ánh"), Map.entry("averageLatencyMs", "Thời gian xử lý TB (ms)"),
      Map.entry("byDay", "Theo ngày"), Map.entry("byChannel", "Theo kênh"),
      Map.entry("byCategory", "Theo chủ đề"), Map.entry("byAudience", "Theo đối tượng"),
      Map.entry("ratings", "Đánh giá"), Map.entry("topQuestions", "Câu hỏi nhiều nhất"),
      Map.entry("risingTopics", "Chủ đề tăng"), Map.entry("alternatesAdded", "Cách hỏi đã bổ sung"),
      Map.entry("previousQuestions", "Số câu hỏi kỳ trước"));

  private ReportTable() {}

  static List<List<String>> rows(Map<String, Object> summary) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of("Kỳ báo cáo", summary.get("from") + " – " + summary.get("to"), ""));
    summary.forEach((k, v) -> {
      String title = TITLES.getOrDefault(k, k);
      if (k.equals("from") || k.equals("to")) {
        return;
      }
      if (v instanceof Map<?, ?> m) {
        m.forEach((mk, mv) -> out.add(List.of(title, String.valueOf(mk), String.valueOf(mv))));
      } else if (v instanceof List<?> l) {
        for (Object item : l) {
          Map<?, ?> im = (Map<?, ?>) item;
          Object label = im.containsKey("text") ? im.get("text") : im.get("question");
          Object value = im.containsKey("count") ? im.get("count") : im.get("time");
          out.add(List.of(title, String.valueOf(label), String.valueOf(value)));
        }
      } else {
        out.add(List.of(title, "", String.valueOf(v)));
      }
    });
    return out;
  }
}
