package vn.hcc.bot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bot.data-dir=${java.io.tmpdir}/hcc-bot-test-${random.uuid}",
        "bot.locality.hotline=1900 0000 (thử nghiệm)"})
class SearchApiTests {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> search(String q, String extra) throws Exception {
    return get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
  }

  @Test
  void answersAQuestionTypedWithoutDiacritics() throws Exception {
    var res = search("quen mat khau dang nhap dich vu cong", "");
    assertThat(res.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(res.body());
    assertThat(body.path("answered").asBoolean()).isTrue();
    JsonNode top = body.path("hits").get(0);
    assertThat(top.path("id").asString()).isEqualTo("dvc.login-problem");
    assertThat(top.path("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(top.has("score")).isTrue();
    assertThat(top.path("question").asString()).isNotBlank();
    assertThat(top.path("category").asString()).isEqualTo("dvc");
  }

  @Test
  void declinesOutOfScopeButStillListsTheClosest() throws Exception {
    JsonNode body = JSON.readTree(search("giá vàng hôm nay bao nhiêu một chỉ", "").body());
    assertThat(body.path("answered").asBoolean()).isFalse();
    assertThat(body.path("hits").isArray()).isTrue();
  }

  @Test
  void staffEntriesOnlyForStaff() throws Exception {
    String q = "quy trình tiếp nhận hồ sơ tại bộ phận một cửa của cán bộ";
    JsonNode citizen = JSON.readTree(search(q, "&limit=20").body());
    citizen.path("hits").forEach(h -> assertThat(h.path("id").asString()).doesNotStartWith("staff."));
    JsonNode staff = JSON.readTree(search(q, "&audience=staff").body());
    assertThat(staff.path("hits").get(0).path("id").asString()).isEqualTo("staff.receive-dossier");
  }

  @Test
  void limitIsHonouredAndChecked() throws Exception {
    assertThat(JSON.readTree(search("hộ chiếu", "&limit=2").body()).path("hits").size()).isLessThanOrEqualTo(2);
    assertThat(search("hộ chiếu", "&limit=21").statusCode()).isEqualTo(400);
    assertThat(search("hộ chiếu", "&limit=abc").statusCode()).isEqualTo(400);
    assertThat(search("hộ chiếu", "&audience=admin").statusCode()).isEqualTo(400);
  }

  @Test
  void missingOrOverLongQuestionIsAClear400() throws Exception {
    var missing = get("/api/v1/search");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(missing.body()).path("error").asString()).contains("'q'");
    assertThat(search("a".repeat(10_000), "").statusCode()).isEqualTo(200);
    var tooLong = search("a".repeat(10_001), "");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(tooLong.body()).path("error").asString()).contains("too long");
  }

  @Test
  void anyInputGets200Or400NeverA500() throws Exception {
    Random random = new Random(2026);
    List<String> inputs = new ArrayList<>(List.of("", " ", "*", "?", "\"", "((", "))", "AND OR NOT",
        "title:x^2~ \\", "😀🎉🙏", "\u0000\u0001\u001f", "<script>alert(1)</script>", "' OR 1=1 --",
        "%", "%%", "+", "&", "=", "#", "{locality.hotline}", "hộ chiếu ".repeat(1200), "\t\n\r"));
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ0123456789 .,-_/\\*?~^:\"'()[]{}!@#$%^&+=<>|😀";
    for (int i = 0; i < 200; i++) {
      var b = new StringBuilder();
      int len = random.nextInt(120);
      for (int k = 0; k < len; k++) {
        b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      inputs.add(b.toString());
    }
    for (String q : inputs) {
      var res = search(q, random.nextBoolean() ? "&audience=staff" : "");
      assertThat(res.statusCode()).as("q=%s", q).isIn(200, 400);
      JsonNode body = JSON.readTree(res.body());
      if (res.statusCode() == 200) {
        assertThat(body.has("answered")).isTrue();
        assertThat(body.path("hits").isArray()).isTrue();
      } else {
        assertThat(body.path("error").asString()).isNotBlank();
      }
    }
  }

  @Test
  void faqShowsTheEntryWithLocalFactsFilled() throws Exception {
    var res = get("/api/v1/faqs/bot.human");
    assertThat(res.statusCode()).isEqualTo(200);
    JsonNode e = JSON.readTree(res.body());
    assertThat(e.path("id").asString()).isEqualTo("bot.human");
    assertThat(e.path("answer").asString()).contains("1900 0000 (thử nghiệm)").doesNotContain("{locality.");
    assertThat(e.path("legalBasis").asString()).isNotBlank();
    assertThat(e.path("reviewedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(e.path("links").isArray()).isTrue();
  }

  @Test
  void faqIsHiddenFromTheWrongAudienceAndMissingIs404() throws Exception {
    assertThat(get("/api/v1/faqs/staff.receive-dossier").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/faqs/staff.receive-dossier?audience=staff").statusCode()).isEqualTo(200);
    var missing = get("/api/v1/faqs/no.such-entry");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).path("error").asString()).contains("no.such-entry");
  }

  @Test
  void healthIsUp() throws Exception {
    var res = get("/actuator/health");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(res.body()).path("status").asString()).isEqualTo("UP");
  }
}
