package vn.hcc.bot.app.admin.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hcc.bot.app.admin.kb.EntryRules;
import vn.hcc.bot.app.admin.support.FieldError;
import vn.hcc.bot.knowledge.FaqEntry;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, which is what makes Excel show Vietnamese
 * correctly. Every field is quoted; line breaks inside a cell are kept.
 */
public final class CsvFormat {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvFormat() {}

  public static byte[] write(List<String> header, List<List<String>> rows) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    StringBuilder sb = new StringBuilder();
    line(sb, header);
    rows.forEach(r -> line(sb, r));
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  public static byte[] writeEntries(List<FaqEntry> entries) {
    List<List<String>> rows = new ArrayList<>();
    for (FaqEntry e : entries) {
      rows.add(new ArrayList<>(EntryTable.toCells(e).values()));
    }
    return write(EntryTable.COLUMNS, rows);
  }

  public static ParsedFile readEntries(byte[] bytes) {
    List<List<String>> table = parse(new String(bytes, StandardCharsets.UTF_8));
    List<FieldError> errors = new ArrayList<>();
    List<EntryRules.Row> rows = new ArrayList<>();
    if (table.isEmpty()) {
      errors.add(new FieldError(1, "file", "the file is empty; download the template"));
      return new ParsedFile(rows, errors);
    }
    List<String> header = table.get(0);
    errors.addAll(EntryTable.checkHeader(header));
    if (!errors.isEmpty()) {
      return new ParsedFile(rows, errors);
    }
    for (int i = 1; i < table.size(); i++) {
      List<String> cells = table.get(i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        m.put(header.get(c).strip(), c < cells.size() ? cells.get(c) : "");
      }
      rows.add(new EntryRules.Row(i + 1, EntryTable.fromCells(i + 1, m, errors)));
    }
    return new ParsedFile(rows, errors);
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = cells.get(i) == null ? "" : cells.get(i);
      sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
    sb.append("\r\n");
  }

  /** Splits CSV text into rows of cells; tolerates a BOM, LF or CRLF, and unquoted cells. */
  static List<List<String>> parse(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
