package vn.hcc.bot.app.admin.io;

import java.util.List;
import vn.hcc.bot.app.admin.kb.EntryRules;
import vn.hcc.bot.app.admin.support.FieldError;

/** Entries read from an uploaded file with their row numbers, and the problems met reading it. */
public record ParsedFile(List<EntryRules.Row> rows, List<FieldError> errors) {}
