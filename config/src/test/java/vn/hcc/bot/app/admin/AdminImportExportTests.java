package vn.hcc.bot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.io.CsvFormat;
import vn.hcc.bot.app.admin.io.JsonFormat;
import vn.hcc.bot.app.admin.io.XlsxFormat;

class AdminImportExportTests extends AdminTestBase {

  byte[] export(String format) throws Exception {
    var req = HttpRequest.newBuilder(URI.create(url("/api/v1/admin/faqs/export?format=" + format)))
        .header("Authorization", basic()).GET().build();
    var res = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    return res.body();
  }

  HttpResponse<String> upload(String filename, byte[] content) throws Exception {
    var mp = new Multipart("file", filename, content);
    var req = HttpRequest.newBuilder(URI.create(url("/api/v1/admin/faqs/import")))
        .header("Authorization", basic()).header("Content-Type", mp.contentType())
        .POST(mp.publisher()).build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
  }

  static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "csv", "json"})
  void exportThenImportGivesTheSameBase(String format) throws Exception {
    byte[] file = export(format);
    var parsed = switch (format) {
      case "xlsx" -> XlsxFormat.readEntries(file);
      case "csv" -> CsvFormat.readEntries(file);
      default -> JsonFormat.readEntries(file);
    };
    assertThat(parsed.errors()).isEmpty();
    var live = json(get("/api/v1/admin/faqs"));
    assertThat(parsed.rows()).hasSize(live.size());
    assertThat(parsed.rows().get(0).entry().question()).isEqualTo(live.get(0).path("question").asString());
    var res = upload("kb." + format, file);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    JsonNode counts = json(res);
    assertThat(counts.path("added").asInt()).isZero();
    assertThat(counts.path("updated").asInt()).isZero();
    assertThat(counts.path("unchanged").asInt()).isEqualTo(live.size());
  }

  @Test
  void csvHasABomAndVietnameseText() throws Exception {
    byte[] csv = export("csv");
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("Dịch vụ công");
  }

  @Test
  void aFileWithAnErrorChangesNothingAndNamesTheRow() throws Exception {
    String csv = new String(export("csv"), java.nio.charset.StandardCharsets.UTF_8);
    List<List<String>> table = csvRows(csv);
    table.get(2).set(1, "everyone");
    table.get(3).set(8, "27/11/2026");
    var res = upload("bad.csv", CsvFormat.write(table.get(0), table.subList(1, table.size())));
    assertThat(res.statusCode()).isEqualTo(400);
    JsonNode errors = json(res).path("errors");
    assertThat(errors.get(0).path("row").asInt()).isEqualTo(3);
    assertThat(errors.get(0).path("field").asString()).isEqualTo("audience");
    assertThat(errors.toString()).contains("reviewedOn");

    table.get(2).set(1, "all");
    table.get(3).set(8, "2026-11-27");
    table.get(2).set(3, "Câu hỏi đã sửa qua bảng tính về đăng ký kinh doanh hộ gia đình");
    var ok = upload("good.csv", CsvFormat.write(table.get(0), table.subList(1, table.size())));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(json(ok).path("updated").asInt()).isPositive();
  }

  @Test
  void rejectsUnknownFormatsAndEmptyUploads() throws Exception {
    assertThat(upload("kb.txt", "x".getBytes()).statusCode()).isEqualTo(400);
    assertThat(upload("kb.json", "{\"entries\": 5}".getBytes()).statusCode()).isEqualTo(400);
    assertThat(upload("kb.xlsx", "not a workbook".getBytes()).statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/admin/faqs/export?format=pdf").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/admin/faqs/template").statusCode()).isEqualTo(200);
  }

  private static List<List<String>> csvRows(String csv) throws Exception {
    var m = CsvFormat.class.getDeclaredMethod("parse", String.class);
    m.setAccessible(true);
    @SuppressWarnings("unchecked")
    var rows = (List<List<String>>) m.invoke(null, csv);
    return rows.stream().map(r -> (List<String>) new java.util.ArrayList<>(r)).toList();
  }
}
