package vn.hcc.bot.app.admin.kb;

import java.util.List;
import java.util.Set;

/**
 * A proposed change: entries to add or replace (with the row each came from) and ids to delete.
 * {@code action} names it in versions and the audit trail (faq.update, import, rollback, ...).
 */
public record Edit(String action, String summary, List<EntryRules.Row> upserts, Set<String> deletes) {
  public Edit {
    upserts = List.copyOf(upserts);
    deletes = Set.copyOf(deletes);
  }
}
