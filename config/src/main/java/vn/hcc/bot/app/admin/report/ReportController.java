package vn.hcc.bot.app.admin.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.admin.AdminPaths;
import vn.hcc.bot.app.admin.io.CsvFormat;
import vn.hcc.bot.app.admin.io.ImportExportController;
import vn.hcc.bot.app.admin.io.XlsxFormat;
import vn.hcc.bot.app.web.ApiError;

/** The summary report as JSON, and as a table in .xlsx or .csv (viewers and up). */
@RestController
@RequestMapping({AdminPaths.API + "/reports", AdminPaths.CONSOLE_API + "/reports"})
@PreAuthorize("hasRole('VIEWER')")
public class ReportController {
  private final ReportService reports;

  public ReportController(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping("/summary")
  Map<String, Object> summary(@RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    return reports.summary(Period.parse(from, to, 30));
  }

  @GetMapping("/summary/export")
  ResponseEntity<byte[]> export(@RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "format", defaultValue = "xlsx") String format) {
    Period p = Period.parse(from, to, 30);
    List<List<String>> rows = ReportTable.rows(reports.summary(p));
    String name = "bao-cao-" + p.from() + "-" + p.to() + "." + format;
    List<String> header = List.of("Mục", "Khóa", "Giá trị");
    return switch (format) {
      case "xlsx" -> ImportExportController.download(
          XlsxFormat.write("bao-cao", header, rows, null), ImportExportController.XLSX, name);
      case "csv" -> ImportExportController.download(
          CsvFormat.write(header, new ArrayList<>(rows)), ImportExportController.CSV, name);
      default -> throw ApiError.badRequest("parameter 'format' must be xlsx or csv");
    };
  }
}
