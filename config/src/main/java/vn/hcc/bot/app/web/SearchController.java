package vn.hcc.bot.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.knowledge.KnowledgeService;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.search.SearchHit;
import vn.hcc.bot.knowledge.search.SearchResult;

/** The public search and FAQ API of the contract. */
@RestController
public class SearchController {
  /** Longest question accepted; longer text is refused with 400 rather than cut silently. */
  static final int MAX_QUERY_CHARS = 10_000;
  static final int MAX_LIMIT = 20;

  private final KnowledgeService knowledge;

  public SearchController(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  @GetMapping("/api/v1/search")
  Map<String, Object> search(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "audience", defaultValue = "citizen") String audience,
      @RequestParam(name = "limit", defaultValue = "5") String limit) {
    if (q == null) {
      throw ApiError.badRequest("parameter 'q' is required: the question to search for");
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw ApiError.badRequest("parameter 'q' is too long: at most " + MAX_QUERY_CHARS + " characters");
    }
    boolean staff = staff(audience);
    SearchResult result = knowledge.search(q, staff, limit(limit));
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchHit h : result.hits()) {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", h.entry().id());
      m.put("score", round(h.score()));
      m.put("confidence", round(h.confidence()));
      m.put("question", h.entry().question());
      m.put("category", h.entry().category());
      m.put("audience", h.entry().audience().code());
      m.put("matched", h.matchedWords());
      hits.add(m);
    }
    var body = new LinkedHashMap<String, Object>();
    body.put("answered", result.answered());
    body.put("hits", hits);
    return body;
  }

  @GetMapping("/api/v1/faqs/{id}")
  Map<String, Object> faq(
      @PathVariable("id") String id,
      @RequestParam(name = "audience", defaultValue = "citizen") String audience) {
    FaqEntry e = knowledge.visible(id, staff(audience))
        .orElseThrow(() -> ApiError.notFound("no entry '" + id + "' for audience " + audience));
    var m = new LinkedHashMap<String, Object>();
    m.put("id", e.id());
    m.put("audience", e.audience().code());
    m.put("category", e.category());
    m.put("question", e.question());
    m.put("answer", knowledge.fill(e.answer()));
    m.put("links", e.links().stream().map(l -> Map.of("title", l.title(), "url", l.url())).toList());
    m.put("legalBasis", e.legalBasis());
    m.put("reviewedOn", e.reviewedOn().toString());
    m.put("related", e.related());
    return m;
  }

  static boolean staff(String audience) {
    if ("staff".equals(audience)) {
      return true;
    }
    if ("citizen".equals(audience)) {
      return false;
    }
    throw ApiError.badRequest("parameter 'audience' must be 'citizen' or 'staff'");
  }

  private static int limit(String text) {
    int n;
    try {
      n = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT);
    }
    if (n < 1 || n > MAX_LIMIT) {
      throw ApiError.badRequest("parameter 'limit' must be from 1 to " + MAX_LIMIT);
    }
    return n;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
