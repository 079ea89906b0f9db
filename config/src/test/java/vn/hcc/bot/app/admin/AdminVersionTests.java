package vn.hcc.bot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AdminVersionTests extends AdminTestBase {

  @Test
  void everyChangeMakesAVersionThatCanBeDiffedAndRolledBack() throws Exception {
    ObjectNode e = (ObjectNode) json(get("/api/v1/admin/faqs/fee.receipt"));
    String original = e.path("answer").asString();
    int before = json(get("/api/v1/admin/versions")).path(0).path("version").asInt(0);

    e.put("answer", original + " Thêm một câu về biên lai điện tử.");
    var put = admin("PUT", "/api/v1/admin/faqs/fee.receipt", e.toString());
    assertThat(put.statusCode()).isEqualTo(200);
    int after = json(put).path("version").asInt();
    assertThat(after).isGreaterThan(before);

    JsonNode diff = json(get("/api/v1/admin/versions/diff?from=" + before + "&to=" + after));
    assertThat(diff.path("changed").get(0).path("id").asString()).isEqualTo("fee.receipt");
    assertThat(diff.path("changed").get(0).path("fields").get(0).path("field").asString()).isEqualTo("answer");

    var rollback = admin("POST", "/api/v1/admin/versions/" + before + "/rollback", null);
    assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
    assertThat(json(get("/api/v1/admin/faqs/fee.receipt")).path("answer").asString()).isEqualTo(original);
    assertThat(get("/api/v1/admin/versions/diff?from=0&to=99999").statusCode()).isEqualTo(400);
  }
}
