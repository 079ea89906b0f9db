package vn.hcc.bot.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads one entry from a parsed YAML or JSON node, tolerating shape mistakes: a field of the wrong
 * type becomes null (or empty) and is then reported by {@link EntryValidator}.
 */
public final class EntryReader {
  private EntryReader() {}

  public static FaqEntry read(JsonNode n, String defaultCategory) {
    String category = text(n, "category");
    return new FaqEntry(
        text(n, "id"),
        Audience.parse(text(n, "audience")),
        category != null ? category : defaultCategory,
        text(n, "question"),
        strings(n.get("alternates")),
        text(n, "answer"),
        links(n.get("links")),
        text(n, "legalBasis"),
        date(text(n, "reviewedOn")),
        strings(n.get("related")));
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.isContainer()) {
      return null;
    }
    String s = v.asString().strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> strings(JsonNode arr) {
    var out = new ArrayList<String>();
    if (arr != null && arr.isArray()) {
      for (JsonNode v : arr) {
        if (v.isValueNode() && !v.isNull() && !v.asString().isBlank()) {
          out.add(v.asString().strip());
        }
      }
    }
    return out;
  }

  private static List<FaqLink> links(JsonNode arr) {
    var out = new ArrayList<FaqLink>();
    if (arr != null && arr.isArray()) {
      for (JsonNode v : arr) {
        out.add(v.isObject() ? new FaqLink(text(v, "title"), text(v, "url")) : null);
      }
    }
    return out;
  }

  static LocalDate date(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
