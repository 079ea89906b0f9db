package vn.hcc.bot.app.admin.inbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.admin.AdminPaths;
import vn.hcc.bot.app.admin.audit.AuditLog;
import vn.hcc.bot.app.admin.kb.Edit;
import vn.hcc.bot.app.admin.kb.EditResult;
import vn.hcc.bot.app.admin.kb.EntryRules;
import vn.hcc.bot.app.admin.kb.KnowledgeEditor;
import vn.hcc.bot.app.admin.report.Period;
import vn.hcc.bot.app.admin.support.InvalidInput;
import vn.hcc.bot.app.web.ApiError;
import vn.hcc.bot.knowledge.FaqEntry;

/** The unanswered inbox and its actions: add as alternate, dismiss (create = POST faqs + dismiss). */
@RestController
@RequestMapping({AdminPaths.API + "/unanswered", AdminPaths.CONSOLE_API + "/unanswered"})
@PreAuthorize("hasRole('EDITOR')")
public class InboxController {
  private final UnansweredService service;
  private final DismissedStore dismissed;
  private final KnowledgeEditor editor;
  private final AuditLog audit;

  public InboxController(UnansweredService service, DismissedStore dismissed,
      KnowledgeEditor editor, AuditLog audit) {
    this.service = service;
    this.dismissed = dismissed;
    this.editor = editor;
    this.audit = audit;
  }

  @GetMapping
  Map<String, Object> list(@RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    Period p = Period.parse(from, to, 30);
    List<Map<String, Object>> groups = new ArrayList<>();
    for (var g : service.groups(p.from(), p.to())) {
      var m = new LinkedHashMap<String, Object>();
      m.put("key", g.key);
      m.put("count", g.count);
      m.put("examples", g.examples);
      m.put("lastSeen", g.lastSeen.toString());
      m.put("reasons", g.reasons);
      m.put("suggestedEntryId", g.suggestedEntryId());
      groups.add(m);
    }
    return Map.of("from", p.from().toString(), "to", p.to().toString(), "groups", groups);
  }

  /** Adds the question as an alternate phrasing of an entry and closes its group. */
  @PostMapping("/alternate")
  EditResult addAlternate(@RequestBody Action a) {
    if (a.text() == null || a.text().isBlank() || a.entryId() == null) {
      throw InvalidInput.of("text", "send 'text' (the question) and 'entryId' (the entry to extend)");
    }
    FaqEntry e = editor.base().get(a.entryId())
        .orElseThrow(() -> ApiError.notFound("no entry '" + a.entryId() + "'"));
    var alternates = new ArrayList<>(e.alternates());
    if (!alternates.contains(a.text().strip())) {
      alternates.add(a.text().strip());
    }
    var changed = new FaqEntry(e.id(), e.audience(), e.category(), e.question(), alternates,
        e.answer(), e.links(), e.legalBasis(), e.reviewedOn(), e.related());
    EditResult r = editor.apply(new Edit("inbox.alternate", a.text().strip(),
        List.of(new EntryRules.Row(0, changed)), Set.of()));
    if (a.key() != null) {
      dismissed.add(a.key());
    }
    return r;
  }

  @PostMapping("/dismiss")
  Map<String, Object> dismiss(@RequestBody Action a) {
    if (a.key() == null || a.key().isBlank()) {
      throw InvalidInput.of("key", "send the group's 'key' as listed");
    }
    dismissed.add(a.key());
    audit.record("inbox.dismiss", a.key(), null, Map.of("dismissed", true));
    return Map.of("dismissed", a.key());
  }

  /** Body of the actions; which fields matter depends on the action. */
  public record Action(String key, String text, String entryId) {}
}
