package vn.hcc.bot.app.admin.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hcc.bot.app.admin.support.FieldError;
import vn.hcc.bot.knowledge.Audience;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.FaqLink;

/**
 * An entry as one spreadsheet row: alternates one per line inside a cell, links as
 * "title | url" lines, related ids comma-separated. Shared by the .xlsx and .csv formats.
 */
public final class EntryTable {
  public static final List<String> COLUMNS = List.of("id", "audience", "category", "question",
      "alternates", "answer", "links", "legalBasis", "reviewedOn", "related");
  static final String LINK_SEPARATOR = " | ";

  private EntryTable() {}

  public static Map<String, String> toCells(FaqEntry e) {
    var m = new LinkedHashMap<String, String>();
    m.put("id", e.id());
    m.put("audience", e.audience() == null ? "" : e.audience().code());
    m.put("category", e.category());
    m.put("question", e.question());
    m.put("alternates", String.join("\n", e.alternates()));
    m.put("answer", e.answer());
    m.put("links", String.join("\n", e.links().stream()
        .map(l -> l.title() + LINK_SEPARATOR + l.url()).toList()));
    m.put("legalBasis", e.legalBasis());
    m.put("reviewedOn", e.reviewedOn() == null ? "" : e.reviewedOn().toString());
    m.put("related", String.join(", ", e.related()));
    return m;
  }

  /** Reads one row; cell-format problems are added to {@code errors} with the row number. */
  public static FaqEntry fromCells(int row, Map<String, String> c, List<FieldError> errors) {
    String audience = text(c, "audience");
    if (audience != null && Audience.parse(audience) == null) {
      errors.add(new FieldError(row, "audience", "'" + audience + "' is not citizen, staff or all"));
    }
    return new FaqEntry(text(c, "id"), Audience.parse(audience), text(c, "category"),
        text(c, "question"), lines(c.get("alternates")), text(c, "answer"),
        links(row, c.get("links"), errors), text(c, "legalBasis"),
        date(row, text(c, "reviewedOn"), errors), related(c.get("related")));
  }

  /** Header problems (row 1): unknown or missing columns. */
  public static List<FieldError> checkHeader(List<String> header) {
    var out = new ArrayList<FieldError>();
    for (String h : header) {
      if (!h.isBlank() && !COLUMNS.contains(h.strip())) {
        out.add(new FieldError(1, h, "unknown column; columns are " + String.join(", ", COLUMNS)));
      }
    }
    for (String col : COLUMNS) {
      if (header.stream().noneMatch(h -> h.strip().equals(col))) {
        out.add(new FieldError(1, col, "missing column '" + col + "'"));
      }
    }
    return out;
  }

  private static String text(Map<String, String> c, String k) {
    String v = c.get(k);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static List<String> lines(String cell) {
    if (cell == null) {
      return List.of();
    }
    return cell.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> related(String cell) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<FaqLink> links(int row, String cell, List<FieldError> errors) {
    var out = new ArrayList<FaqLink>();
    for (String line : lines(cell)) {
      int bar = line.lastIndexOf('|');
      if (bar < 0) {
        errors.add(new FieldError(row, "links", "write each link as 'title | https://…' on its own line: '"
            + line + "'"));
        continue;
      }
      out.add(new FaqLink(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
    }
    return out;
  }

  private static LocalDate date(int row, String text, List<FieldError> errors) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(row, "reviewedOn", "'" + text + "' is not a date: write YYYY-MM-DD"));
      return null;
    }
  }
}
