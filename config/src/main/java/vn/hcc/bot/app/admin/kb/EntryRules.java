package vn.hcc.bot.app.admin.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hcc.bot.app.admin.support.FieldError;
import vn.hcc.bot.knowledge.Category;
import vn.hcc.bot.knowledge.EntryValidator;
import vn.hcc.bot.knowledge.FaqEntry;

/**
 * The start-up rules applied to a proposed change, reported per field and per input row: each
 * entry on its own (EntryValidator), unique ids, related ids that exist in the resulting base, and
 * no deleted entry still named as related by another.
 */
public final class EntryRules {
  private final EntryValidator validator = new EntryValidator();
  private final Set<String> categoryIds = new HashSet<>();

  EntryRules(List<Category> categories) {
    categories.forEach(c -> categoryIds.add(c.id()));
  }

  /** Problems of the incoming rows (row numbers as the caller counts them). */
  List<FieldError> checkRows(List<Row> rows, Set<String> resultingIds) {
    var out = new ArrayList<FieldError>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row r : rows) {
      for (var p : validator.check(r.entry(), categoryIds)) {
        out.add(new FieldError(r.row(), p.field(), p.message()));
      }
      Integer first = r.entry().id() == null ? null : seen.putIfAbsent(r.entry().id(), r.row());
      if (first != null) {
        out.add(new FieldError(r.row(), "id", "duplicate id '" + r.entry().id()
            + "', already in row " + first));
      }
      for (String rel : r.entry().related()) {
        if (!resultingIds.contains(rel)) {
          out.add(new FieldError(r.row(), "related", "no entry with id '" + rel + "'"));
        }
      }
    }
    return out;
  }

  /** Entries that would still name a deleted id as related. */
  static List<String> referrers(Iterable<FaqEntry> remaining, Set<String> deleted) {
    var out = new ArrayList<String>();
    for (FaqEntry e : remaining) {
      if (!deleted.contains(e.id()) && e.related().stream().anyMatch(deleted::contains)) {
        out.add(e.id());
      }
    }
    return out;
  }

  /** An incoming entry and where it came from (a spreadsheet row, a list index, 0 for one entry). */
  public record Row(int row, FaqEntry entry) {}
}
