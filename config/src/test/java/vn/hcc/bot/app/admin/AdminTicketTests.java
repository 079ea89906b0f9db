package vn.hcc.bot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.tickets.AdminTicketStore;
import vn.hcc.bot.app.admin.tickets.DeliveryResult;
import vn.hcc.bot.app.admin.tickets.WebOutbox;
import vn.hcc.bot.app.admin.tickets.ZaloDelivery;
import vn.hcc.bot.channel.ChannelApiException;
import vn.hcc.bot.core.ConversationKey;

class AdminTicketTests extends AdminTestBase {
  @Autowired
  AdminTicketStore store;

  @Autowired
  WebOutbox outbox;

  @Test
  void staffAnswerWebTicketsIntoTheOutboxAndSeeUndeliveredZaloOnes() throws Exception {
    var web = store.create(new ConversationKey("web", "w-42"), "h1", "Thủ tục rườm rà quá", "0900 000 000");
    var zalo = store.create(new ConversationKey("zalo", "z-7"), "h2", "Bến xe thiếu chỗ ngồi", "email@ví-dụ.vn");
    assertThat(Files.readString(dataDir().resolve("tickets/tickets.json"))).contains(web.number()).contains("w-42");

    JsonNode list = json(get("/api/v1/admin/tickets?status=NEW&channel=web"));
    assertThat(list.toString()).contains(web.number()).doesNotContain(zalo.number());

    var answered = admin("POST", "/api/v1/admin/tickets/" + web.number() + "/answer",
        "{\"text\":\"Cảm ơn Anh/Chị, chúng tôi đã chuyển phòng chuyên môn.\"}");
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(json(answered).path("delivery").asString()).isEqualTo("STORED");
    assertThat(json(answered).path("status").asString()).isEqualTo("ANSWERED");
    assertThat(outbox.waiting("w-42")).containsExactly("Cảm ơn Anh/Chị, chúng tôi đã chuyển phòng chuyên môn.");

    JsonNode z = json(admin("POST", "/api/v1/admin/tickets/" + zalo.number() + "/answer", "{\"text\":\"Đã nhận\"}"));
    assertThat(z.path("delivery").asString()).isEqualTo("UNDELIVERED");
    assertThat(z.path("contact").asString()).isEqualTo("email@ví-dụ.vn");
    assertThat(z.path("status").asString()).isEqualTo("IN_PROGRESS");

    var closed = admin("PUT", "/api/v1/admin/tickets/" + zalo.number() + "/status", "{\"status\":\"CLOSED\"}");
    assertThat(json(closed).path("status").asString()).isEqualTo("CLOSED");
    assertThat(admin("PUT", "/api/v1/admin/tickets/" + zalo.number() + "/status", "{\"status\":\"DONE\"}")
        .statusCode()).isEqualTo(400);
    assertThat(admin("POST", "/api/v1/admin/tickets/" + web.number() + "/answer", "{\"text\":\"\"}").statusCode())
        .isEqualTo(400);
    assertThat(get("/api/v1/admin/tickets/PA-00000000-0000").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/admin/audit?q=" + zalo.number()).body()).contains("ticket.answer");
  }

  @Test
  void zaloWindowErrorsMeanUndelivered() {
    var closed = ZaloDelivery.result(new ChannelApiException("zalo", "send", 200, -230, "no interaction"));
    assertThat(closed.status()).isEqualTo(DeliveryResult.Status.UNDELIVERED);
    var other = ZaloDelivery.result(new ChannelApiException("zalo", "send", 500, 0, "boom"));
    assertThat(other.status()).isEqualTo(DeliveryResult.Status.FAILED);
  }
}
