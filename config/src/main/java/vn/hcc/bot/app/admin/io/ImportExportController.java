package vn.hcc.bot.app.admin.io;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hcc.bot.app.admin.AdminPaths;
import vn.hcc.bot.app.admin.kb.EditResult;
import vn.hcc.bot.app.admin.kb.KnowledgeEditor;
import vn.hcc.bot.app.admin.support.InvalidInput;
import vn.hcc.bot.app.web.ApiError;

/** Import, export and the spreadsheet template. */
@RestController
@RequestMapping({AdminPaths.API + "/faqs", AdminPaths.CONSOLE_API + "/faqs"})
@PreAuthorize("hasRole('EDITOR')")
public class ImportExportController {
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final List<List<String>> GUIDE = List.of(
      List.of("id", "Mã mục, dạng <chủ đề>.<tên-ngắn>, chữ thường không dấu, ví dụ dvc.quen-mat-khau"),
      List.of("audience", "citizen (người dân), staff (cán bộ) hoặc all (tất cả)"),
      List.of("category", "Mã chủ đề: bot, dvc, fee, feedback, onestop, plan, proc, staff"),
      List.of("question", "Câu hỏi chính"),
      List.of("alternates", "Ít nhất 8 cách hỏi khác, mỗi cách một dòng trong ô (Alt+Enter)"),
      List.of("answer", "Câu trả lời, tối đa 1.500 ký tự; dùng {locality.hotline} ... cho thông tin địa phương"),
      List.of("links", "Mỗi dòng một liên kết: Tiêu đề | https://..."),
      List.of("legalBasis", "Căn cứ pháp lý hoặc nguồn chính thức (bắt buộc)"),
      List.of("reviewedOn", "Ngày rà soát, dạng YYYY-MM-DD"),
      List.of("related", "Mã các mục liên quan, cách nhau bằng dấu phẩy"),
      List.of("Nhập tệp", "Mục trùng mã được cập nhật, mục mới được thêm; mục không có trong tệp giữ nguyên. "
          + "Có lỗi ở bất kỳ dòng nào thì không thay đổi gì."));

  private final ImportService imports;
  private final KnowledgeEditor editor;

  public ImportExportController(ImportService imports, KnowledgeEditor editor) {
    this.imports = imports;
    this.editor = editor;
  }

  @PostMapping("/import")
  EditResult importFile(@RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw InvalidInput.of("file", "attach the file as multipart field 'file' (.xlsx, .csv or .json)");
    }
    return imports.importFile(file.getOriginalFilename(), file.getBytes());
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(name = "format", defaultValue = "xlsx") String format) {
    var entries = editor.base().entries();
    String name = "kb-" + LocalDate.now() + "." + format;
    return switch (format) {
      case "xlsx" -> download(XlsxFormat.writeEntries(entries, GUIDE), XLSX, name);
      case "csv" -> download(CsvFormat.writeEntries(entries), CSV, name);
      case "json" -> download(JsonFormat.writeEntries(entries), MediaType.APPLICATION_JSON, name);
      default -> throw ApiError.badRequest("parameter 'format' must be xlsx, csv or json");
    };
  }

  /** An empty workbook with the columns and a sheet explaining how to fill them. */
  @GetMapping("/template")
  ResponseEntity<byte[]> template() {
    return download(XlsxFormat.writeEntries(List.of(), GUIDE), XLSX, "kb-mau.xlsx");
  }

  public static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
