package vn.hcc.bot.app.admin.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hcc.bot.app.admin.kb.EntryRules;
import vn.hcc.bot.app.admin.support.FieldError;
import vn.hcc.bot.knowledge.FaqEntry;

/** Entries as an .xlsx workbook: sheet "entries", one row per entry, header in row 1. */
public final class XlsxFormat {
  public static final String SHEET = "entries";
  private static final DataFormatter FORMAT = new DataFormatter();

  private XlsxFormat() {}

  public static byte[] writeEntries(List<FaqEntry> entries, List<List<String>> guide) {
    List<List<String>> rows = new ArrayList<>();
    entries.forEach(e -> rows.add(new ArrayList<>(EntryTable.toCells(e).values())));
    return write(SHEET, EntryTable.COLUMNS, rows, guide);
  }

  /** One sheet of text cells (wrapped), optionally followed by a "Hướng dẫn" sheet. */
  public static byte[] write(String sheet, List<String> header, List<List<String>> rows,
      List<List<String>> guide) {
    try (Workbook wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      fill(wb.createSheet(sheet), header, rows, wrap);
      if (guide != null) {
        fill(wb.createSheet("Hướng dẫn"), List.of("Cột", "Cách điền"), guide, wrap);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(Sheet s, List<String> header, List<List<String>> rows, CellStyle wrap) {
    Row h = s.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      h.createCell(c).setCellValue(header.get(c));
      s.setColumnWidth(c, 30 * 256);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = s.createRow(r + 1);
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        Cell cell = row.createCell(c);
        cell.setCellValue(cells.get(c) == null ? "" : cells.get(c));
        cell.setCellStyle(wrap);
      }
    }
  }

  public static ParsedFile readEntries(byte[] bytes) {
    List<FieldError> errors = new ArrayList<>();
    List<EntryRules.Row> rows = new ArrayList<>();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet s = wb.getSheet(SHEET) != null ? wb.getSheet(SHEET) : wb.getSheetAt(0);
      Row headerRow = s.getRow(s.getFirstRowNum());
      List<String> header = new ArrayList<>();
      if (headerRow != null) {
        for (int c = 0; c < headerRow.getLastCellNum(); c++) {
          header.add(cell(headerRow.getCell(c)));
        }
      }
      errors.addAll(EntryTable.checkHeader(header));
      if (!errors.isEmpty()) {
        return new ParsedFile(rows, errors);
      }
      for (int r = s.getFirstRowNum() + 1; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; row != null && c < header.size(); c++) {
          m.put(header.get(c).strip(), cell(row.getCell(c)));
        }
        if (m.values().stream().allMatch(String::isBlank)) {
          continue;
        }
        rows.add(new EntryRules.Row(r + 1, EntryTable.fromCells(r + 1, m, errors)));
      }
    } catch (IOException | RuntimeException e) {
      errors.add(new FieldError(1, "file", "not a readable .xlsx workbook: save it from Excel as .xlsx"));
    }
    return new ParsedFile(rows, errors);
  }

  /** Text of a cell; dates typed as Excel dates come back as YYYY-MM-DD. */
  private static String cell(Cell c) {
    if (c == null) {
      return "";
    }
    if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
      return c.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return FORMAT.formatCellValue(c);
  }
}
