package vn.hcc.bot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;
import vn.hcc.bot.app.admin.kb.KbOverrides;
import vn.hcc.bot.app.admin.tickets.FileTicketStore;
import vn.hcc.bot.app.admin.tickets.RedisTicketStore;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.ticket.TicketStatus;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;

/** Storage without the web layer: edits over the seed and tickets survive a restart. */
class AdminStoresTests {
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Test
  void storedEditsAreLaidOverTheSeedAtStartUp() throws Exception {
    var dir = Files.createTempDirectory("hcc-kb");
    var seed = KnowledgeBaseLoader.loadBundled();
    var entries = new ArrayList<>(seed.entries());
    FaqEntry first = entries.get(0);
    entries.set(0, new FaqEntry(first.id(), first.audience(), first.category(), "Câu hỏi đã sửa",
        first.alternates(), first.answer(), first.links(), first.legalBasis(), first.reviewedOn(), first.related()));
    FaqEntry removed = entries.stream().filter(e -> e.id().equals("fee.receipt")).findFirst().orElseThrow();
    entries.remove(removed);
    entries.replaceAll(e -> e.related().contains("fee.receipt") ? new FaqEntry(e.id(), e.audience(), e.category(),
        e.question(), e.alternates(), e.answer(), e.links(), e.legalBasis(), e.reviewedOn(),
        e.related().stream().filter(r -> !r.equals("fee.receipt")).toList()) : e);
    KbOverrides.save(dir, seed, entries);
    var loaded = KbOverrides.load(seed, dir);
    assertThat(loaded.get(first.id()).orElseThrow().question()).isEqualTo("Câu hỏi đã sửa");
    assertThat(loaded.get("fee.receipt")).isEmpty();
    assertThat(loaded.size()).isEqualTo(seed.size() - 1);
  }

  @Test
  void fileTicketsSurviveARestartAndKeepNumbering() throws Exception {
    var file = Files.createTempDirectory("hcc-tickets").resolve("tickets.json");
    var store = new FileTicketStore(file, Clock.systemUTC(), VN);
    var a = store.create(new ConversationKey("zalo", "z1"), "h", "Nội dung", null);
    store.updateStatus(a.number(), TicketStatus.IN_PROGRESS);
    var again = new FileTicketStore(file, Clock.systemUTC(), VN);
    assertThat(again.find(a.number()).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(again.find(a.number()).orElseThrow().userId()).isEqualTo("z1");
    var b = again.create("web", "h2", "Khác", null);
    assertThat(b.number()).isNotEqualTo(a.number()).endsWith("0002");
    again.erase(new ConversationKey("zalo", "z1"), "h");
    assertThat(again.find(a.number()).orElseThrow().userId()).isNull();
  }

  @Test
  void redisTicketsAreSharedAndNumberedAtomically() {
    try (var redis = new JedisPooled("127.0.0.1", 6379)) {
      String prefix = "hcc-test-" + UUID.randomUUID() + ":";
      var store = new RedisTicketStore(redis, prefix, Clock.systemUTC(), VN);
      var a = store.create(new ConversationKey("telegram", "t1"), "h", "Phản ánh", "0900");
      var other = new RedisTicketStore(redis, prefix, Clock.systemUTC(), VN);
      var b = other.create(new ConversationKey("web", "w1"), "h2", "Khác", null);
      assertThat(b.number()).isNotEqualTo(a.number());
      assertThat(other.find(a.number()).orElseThrow().userId()).isEqualTo("t1");
      assertThat(other.list()).hasSize(2);
      redis.del(prefix + "tickets");
    }
  }
}
