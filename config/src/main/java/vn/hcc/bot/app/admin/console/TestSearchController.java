package vn.hcc.bot.app.admin.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.admin.AdminPaths;
import vn.hcc.bot.app.knowledge.KnowledgeService;
import vn.hcc.bot.app.web.ApiError;
import vn.hcc.bot.core.engine.EngineSettings;
import vn.hcc.bot.core.engine.Verdict;
import vn.hcc.bot.knowledge.search.SearchHit;
import vn.hcc.bot.knowledge.search.SearchResult;

/**
 * The test console: what the bot would do with a question, and why. The decision mirrors the
 * engine's: answer when the top entry is confident and alone, ask which one is meant when others
 * are close or the top is just under the threshold, decline otherwise.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
public class TestSearchController {
  private final KnowledgeService knowledge;
  private final EngineSettings engine;

  public TestSearchController(KnowledgeService knowledge, EngineSettings engine) {
    this.knowledge = knowledge;
    this.engine = engine;
  }

  @GetMapping({AdminPaths.API + "/test-search", AdminPaths.CONSOLE_API + "/test-search"})
  Map<String, Object> test(@RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "audience", defaultValue = "citizen") String audience) {
    if (q == null || q.isBlank() || q.length() > 10_000) {
      throw ApiError.badRequest("parameter 'q' is required: a question of at most 10,000 characters");
    }
    if (!audience.equals("citizen") && !audience.equals("staff")) {
      throw ApiError.badRequest("parameter 'audience' must be 'citizen' or 'staff'");
    }
    SearchResult r = knowledge.search(q, audience.equals("staff"), 10);
    double threshold = knowledge.settings().threshold();
    var body = new LinkedHashMap<String, Object>();
    String decision = decision(r);
    body.put("answered", r.answered());
    body.put("decision", decision);
    body.put("threshold", threshold);
    body.put("reason", reason(decision, r, threshold));
    body.put("hits", hits(r));
    return body;
  }

  /** The engine's own rule (Verdict), so the console says what the bot will do. */
  private String decision(SearchResult r) {
    return Verdict.of(r.answered(), r.hits().stream().map(SearchHit::confidence).toList(),
        engine.clarifyMargin(), engine.clarifyFloor()).name().toLowerCase(Locale.ROOT);
  }

  private static String reason(String decision, SearchResult r, double threshold) {
    if (r.hits().isEmpty()) {
      return "Không có mục nào chứa từ của câu hỏi: bot từ chối và gợi ý danh mục.";
    }
    SearchHit top = r.hits().get(0);
    String conf = String.format(Locale.ROOT, "%.2f", top.confidence());
    String words = String.join(", ", top.matchedWords());
    return switch (decision) {
      case "answer" -> "Mục " + top.entry().id() + " có độ tin cậy " + conf + " ≥ ngưỡng "
          + threshold + " (khớp các từ: " + words + "): bot trả lời bằng mục này.";
      case "clarify" -> "Độ tin cậy cao nhất " + conf + " (" + top.entry().id()
          + ") gần ngưỡng hoặc có mục khác sát nút: bot hỏi lại người dùng muốn hỏi mục nào.";
      default -> "Độ tin cậy cao nhất " + conf + " < ngưỡng " + threshold
          + ": bot từ chối và liệt kê các chủ đề gần nhất.";
    };
  }

  private static List<Map<String, Object>> hits(SearchResult r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", h.entry().id());
      m.put("question", h.entry().question());
      m.put("category", h.entry().category());
      m.put("audience", h.entry().audience().code());
      m.put("score", Math.round(h.score() * 1000) / 1000.0);
      m.put("confidence", Math.round(h.confidence() * 1000) / 1000.0);
      m.put("matchedWords", h.matchedWords());
      out.add(m);
    }
    return out;
  }
}
