package vn.hcc.bot.app.admin.io;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.kb.EntryJson;
import vn.hcc.bot.app.admin.kb.EntryRules;
import vn.hcc.bot.app.admin.support.FieldError;
import vn.hcc.bot.app.admin.support.Json;
import vn.hcc.bot.knowledge.FaqEntry;

/** Entries as JSON: an array of entries (an object {"entries": [...]} is accepted too). */
public final class JsonFormat {
  private JsonFormat() {}

  public static byte[] writeEntries(List<FaqEntry> entries) {
    return Json.pretty(EntryJson.toMaps(entries));
  }

  public static ParsedFile readEntries(byte[] bytes) {
    List<FieldError> errors = new ArrayList<>();
    List<EntryRules.Row> rows = new ArrayList<>();
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      errors.add(new FieldError(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "file",
          "not valid JSON: " + e.getOriginalMessage()));
      return new ParsedFile(rows, errors);
    }
    JsonNode list = root != null && root.isObject() ? root.get("entries") : root;
    if (list == null || !list.isArray()) {
      errors.add(new FieldError(1, "file", "expected a JSON array of entries"));
      return new ParsedFile(rows, errors);
    }
    int i = 0;
    for (JsonNode n : list) {
      i++;
      if (!n.isObject()) {
        errors.add(new FieldError(i, "entry", "expected an object with the entry fields"));
      } else {
        rows.add(new EntryRules.Row(i, EntryJson.fromNode(n)));
      }
    }
    return new ParsedFile(rows, errors);
  }
}
