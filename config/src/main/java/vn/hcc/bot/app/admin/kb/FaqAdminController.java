package vn.hcc.bot.app.admin.kb;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.AdminPaths;
import vn.hcc.bot.app.admin.support.InvalidInput;
import vn.hcc.bot.app.web.ApiError;
import vn.hcc.bot.knowledge.Audience;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.analysis.Folding;

/** Reading and editing entries one at a time (editors and administrators). */
@RestController
@RequestMapping({AdminPaths.API + "/faqs", AdminPaths.CONSOLE_API + "/faqs"})
@PreAuthorize("hasRole('EDITOR')")
public class FaqAdminController {
  private final KnowledgeEditor editor;
  private final AnswerPreview preview;

  public FaqAdminController(KnowledgeEditor editor, AnswerPreview preview) {
    this.editor = editor;
    this.preview = preview;
  }

  /** All entries; optionally only those of a category, an audience, or containing some words. */
  @GetMapping
  List<Map<String, Object>> list(@RequestParam(name = "category", required = false) String category,
      @RequestParam(name = "audience", required = false) String audience,
      @RequestParam(name = "q", required = false) String q) {
    Audience aud = audience == null || audience.isBlank() ? null : Audience.parse(audience);
    if (audience != null && !audience.isBlank() && aud == null) {
      throw ApiError.badRequest("parameter 'audience' must be citizen, staff or all");
    }
    String words = q == null ? "" : Folding.fold(q.toLowerCase(Locale.ROOT)).strip();
    return editor.base().entries().stream()
        .filter(e -> category == null || category.isBlank() || category.equals(e.category()))
        .filter(e -> aud == null || aud == e.audience())
        .filter(e -> words.isEmpty() || contains(e, words))
        .map(EntryJson::toMap).toList();
  }

  @GetMapping("/categories")
  List<Map<String, Object>> categories() {
    return editor.base().categories().stream()
        .map(c -> Map.<String, Object>of("id", c.id(), "title", c.title())).toList();
  }

  @GetMapping("/{id}")
  Map<String, Object> get(@PathVariable("id") String id) {
    return EntryJson.toMap(existing(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> create(@RequestBody JsonNode body) {
    FaqEntry e = entry(body, null);
    if (e.id() != null && editor.base().get(e.id()).isPresent()) {
      throw InvalidInput.of("id", "entry '" + e.id() + "' already exists; edit it with PUT");
    }
    var r = editor.apply(new Edit("faq.create", e.id(), List.of(new EntryRules.Row(0, e)), Set.of()));
    return withVersion(e, r);
  }

  @PutMapping("/{id}")
  Map<String, Object> update(@PathVariable("id") String id, @RequestBody JsonNode body) {
    existing(id);
    FaqEntry e = entry(body, id);
    var r = editor.apply(new Edit("faq.update", id, List.of(new EntryRules.Row(0, e)), Set.of()));
    return withVersion(e, r);
  }

  @DeleteMapping("/{id}")
  Map<String, Object> delete(@PathVariable("id") String id) {
    existing(id);
    var r = editor.apply(new Edit("faq.delete", id, List.of(), Set.of(id)));
    return Map.of("deleted", id, "version", r.version());
  }

  /** The answer as Zalo and Telegram would show it, for an entry being edited (not saved). */
  @PostMapping("/preview")
  Map<String, Object> preview(@RequestBody JsonNode body) {
    return preview.render(entry(body, null));
  }

  private FaqEntry existing(String id) {
    return editor.base().get(id).orElseThrow(() -> ApiError.notFound("no entry '" + id + "'"));
  }

  /** The entry in the body; on PUT the id may be left out, but cannot differ from the path. */
  private static FaqEntry entry(JsonNode body, String pathId) {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("send one entry as a JSON object with the documented fields");
    }
    FaqEntry e = EntryJson.fromNode(body);
    if (pathId != null && e.id() == null) {
      e = new FaqEntry(pathId, e.audience(), e.category(), e.question(), e.alternates(), e.answer(),
          e.links(), e.legalBasis(), e.reviewedOn(), e.related());
    }
    if (pathId != null && !pathId.equals(e.id())) {
      throw InvalidInput.of("id", "the id in the body ('" + e.id() + "') differs from the URL ('"
          + pathId + "'); ids never change: create a new entry and delete this one");
    }
    return e;
  }

  private static Map<String, Object> withVersion(FaqEntry e, EditResult r) {
    var m = new java.util.LinkedHashMap<>(EntryJson.toMap(e));
    m.put("version", r.version());
    return m;
  }

  private static boolean contains(FaqEntry e, String words) {
    String hay = Folding.fold((e.id() + " " + e.question() + " " + String.join(" ", e.alternates())
        + " " + e.answer()).toLowerCase(Locale.ROOT));
    return hay.contains(words);
  }
}
