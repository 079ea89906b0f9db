package vn.hcc.bot.app.admin.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hcc.bot.core.ConversationKey;

class WebOutboxTests {
  @TempDir
  Path dir;

  @Test
  void waitingMessagesAndTheirNumbersSurviveARestart() {
    Path file = dir.resolve("outbox/web.json");
    var outbox = new WebOutbox(file);
    outbox.put("v1", "một");
    outbox.put("v1", "hai");
    long first = outbox.pending("v1", 0).get(0).id();
    outbox.pending("v1", first); // the browser showed "một"

    var restarted = new WebOutbox(file);
    assertThat(restarted.waiting("v1")).containsExactly("hai");
    restarted.put("v1", "ba");
    var pending = restarted.pending("v1", 0);
    assertThat(pending).extracting(WebOutbox.Message::text).containsExactly("hai", "ba");
    assertThat(pending.get(1).id()).isGreaterThan(pending.get(0).id()).isGreaterThan(first);
  }

  @Test
  void theFirstFileFormatIsReadAndItsMessagesGetNumbers() throws Exception {
    Path file = dir.resolve("web.json");
    Files.writeString(file, "{\"v1\": [\"cũ 1\", \"cũ 2\"], \"v2\": [\"khác\"]}", StandardCharsets.UTF_8);
    var outbox = new WebOutbox(file);
    var pending = outbox.pending("v1", 0);
    assertThat(pending).extracting(WebOutbox.Message::text).containsExactly("cũ 1", "cũ 2");
    assertThat(pending.get(0).id()).isPositive();
    outbox.put("v2", "mới");
    assertThat(outbox.pending("v2", 0)).extracting(WebOutbox.Message::id).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).isNotIn(pending.get(0).id(), pending.get(1).id()));
    assertThat(Files.readString(file)).contains("\"next\"").contains("\"users\"");
  }

  @Test
  void erasingAWebVisitorDropsWhatWaitsForThemOnly() {
    var outbox = new WebOutbox(dir.resolve("web.json"));
    outbox.put("v1", "một");
    outbox.put("v2", "hai");
    outbox.erase(new ConversationKey("zalo", "v1"), "h");
    assertThat(outbox.waiting("v1")).containsExactly("một");
    outbox.erase(new ConversationKey("web", "v1"), "h");
    assertThat(outbox.waiting("v1")).isEmpty();
    assertThat(outbox.waiting("v2")).containsExactly("hai");
  }
}
