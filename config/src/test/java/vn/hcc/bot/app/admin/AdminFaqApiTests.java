package vn.hcc.bot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AdminFaqApiTests extends AdminTestBase {

  private ObjectNode entry(String id) throws Exception {
    ObjectNode e = (ObjectNode) json(get("/api/v1/admin/faqs/dvc.login-problem"));
    e.put("id", id);
    e.put("question", "Câu hỏi thử nghiệm về con kỳ lân màu tím " + id);
    e.putArray("related");
    return e;
  }

  @Test
  void listsAllEntriesAndFilters() throws Exception {
    var all = get("/api/v1/admin/faqs");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(json(all).size()).isGreaterThan(20);
    JsonNode dvc = json(get("/api/v1/admin/faqs?category=dvc&audience=citizen"));
    assertThat(dvc.size()).isPositive();
    dvc.forEach(e -> assertThat(e.path("category").asString()).isEqualTo("dvc"));
    JsonNode first = json(all).get(0);
    for (String f : new String[] {"id", "audience", "category", "question", "alternates", "answer",
        "links", "legalBasis", "reviewedOn", "related"}) {
      assertThat(first.has(f)).as(f).isTrue();
    }
  }

  @Test
  void createEditDeleteReachTheSearchAndPersist() throws Exception {
    ObjectNode e = entry("dvc.test-unicorn");
    var created = admin("POST", "/api/v1/admin/faqs", e.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode search = json(admin("GET", "/api/v1/search?q=" + enc("con kỳ lân màu tím"), null));
    assertThat(search.path("hits").get(0).path("id").asString()).isEqualTo("dvc.test-unicorn");

    e.put("answer", "Câu trả lời mới về kỳ lân. Gọi {locality.hotline}.");
    var updated = admin("PUT", "/api/v1/admin/faqs/dvc.test-unicorn", e.toString());
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    JsonNode pub = json(admin("GET", "/api/v1/faqs/dvc.test-unicorn", null));
    assertThat(pub.path("answer").asString()).contains("kỳ lân").contains("1900 0000");

    String overrides = Files.readString(dataDir().resolve("kb/overrides.json"));
    assertThat(overrides).contains("dvc.test-unicorn").contains("Câu trả lời mới về kỳ lân");

    var deleted = admin("DELETE", "/api/v1/admin/faqs/dvc.test-unicorn", null);
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/admin/faqs/dvc.test-unicorn").statusCode()).isEqualTo(404);
  }

  @Test
  void rejectsInvalidEntriesWithFieldErrors() throws Exception {
    ObjectNode e = entry("dvc.test-invalid");
    e.putArray("alternates").add("chỉ một");
    e.put("audience", "everyone");
    e.putArray("related").add("dvc.does-not-exist");
    var res = admin("POST", "/api/v1/admin/faqs", e.toString());
    assertThat(res.statusCode()).isEqualTo(400);
    JsonNode body = json(res);
    assertThat(body.path("error").asString()).contains("nothing was changed");
    assertThat(body.path("errors").toString()).contains("alternates").contains("audience")
        .contains("related");
    assertThat(get("/api/v1/admin/faqs/dvc.test-invalid").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesToDeleteAnEntryOthersRelateTo() throws Exception {
    var res = admin("DELETE", "/api/v1/admin/faqs/bot.human", null);
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(json(res).path("error").asString()).contains("bot.help");
  }

  @Test
  void refusesDuplicateIdsAndIdChanges() throws Exception {
    ObjectNode e = entry("dvc.login-problem");
    assertThat(admin("POST", "/api/v1/admin/faqs", e.toString()).statusCode()).isEqualTo(400);
    e.put("id", "dvc.other");
    var res = admin("PUT", "/api/v1/admin/faqs/dvc.login-problem", e.toString());
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(admin("POST", "/api/v1/admin/faqs", "[1,2]").statusCode()).isEqualTo(400);
    assertThat(admin("POST", "/api/v1/admin/faqs", "not json").statusCode()).isEqualTo(400);
  }

  @Test
  void previewsTheAnswerForZaloAndTelegram() throws Exception {
    var res = admin("POST", "/api/v1/admin/faqs/preview", entry("dvc.preview").toString());
    assertThat(res.statusCode()).isEqualTo(200);
    JsonNode p = json(res);
    assertThat(p.path("zalo").path("messages").get(0).asString()).contains("Căn cứ:");
    assertThat(p.path("telegram").path("buttons").toString()).contains("Hữu ích");
  }
}
