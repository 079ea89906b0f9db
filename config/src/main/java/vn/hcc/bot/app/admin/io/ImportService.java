package vn.hcc.bot.app.admin.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hcc.bot.app.admin.kb.Edit;
import vn.hcc.bot.app.admin.kb.EditResult;
import vn.hcc.bot.app.admin.kb.KnowledgeEditor;
import vn.hcc.bot.app.admin.support.FieldError;
import vn.hcc.bot.app.admin.support.InvalidInput;

/**
 * Imports a file as an upsert by id: entries in the file are added or replaced, entries not in
 * the file stay (delete them one by one). All or nothing: any problem rejects the whole file.
 */
public class ImportService {
  private final KnowledgeEditor editor;

  public ImportService(KnowledgeEditor editor) {
    this.editor = editor;
  }

  public EditResult importFile(String filename, byte[] bytes) {
    ParsedFile parsed = switch (extension(filename)) {
      case "xlsx" -> XlsxFormat.readEntries(bytes);
      case "csv" -> CsvFormat.readEntries(bytes);
      case "json" -> JsonFormat.readEntries(bytes);
      default -> throw InvalidInput.of("file", "send a .xlsx, .csv or .json file (got '" + filename + "')");
    };
    if (!parsed.errors().isEmpty()) {
      throw rejected(parsed.errors());
    }
    if (parsed.rows().isEmpty()) {
      throw rejected(List.of(new FieldError(1, "file", "the file has no entries")));
    }
    try {
      return editor.apply(new Edit("import", filename + ": " + parsed.rows().size() + " entries",
          parsed.rows(), Set.of()));
    } catch (InvalidInput e) {
      throw rejected(e.errors());
    }
  }

  private static InvalidInput rejected(List<FieldError> errors) {
    var sorted = new ArrayList<>(errors);
    sorted.sort(java.util.Comparator.comparingInt(FieldError::row));
    FieldError first = sorted.get(0);
    return new InvalidInput(sorted.size() + " problem(s), nothing was imported; first: row "
        + first.row() + ", " + first.field() + ": " + first.message(), sorted);
  }

  static String extension(String filename) {
    if (filename == null || filename.lastIndexOf('.') < 0) {
      return "";
    }
    return filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }
}
