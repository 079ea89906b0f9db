package vn.hcc.bot.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.testing.RedisTestSupport;

class RedisStreamQuestionLogTests {
  private UnifiedJedis redis;
  private String stream;
  private RedisStreamQuestionLog log;

  @BeforeEach
  void setUp() {
    redis = RedisTestSupport.connect();
    stream = "test:" + UUID.randomUUID() + ":questions";
    log = new RedisStreamQuestionLog(redis, stream, JsonLinesQuestionLogTests.VN);
  }

  @AfterEach
  void tearDown() {
    redis.del(stream);
    redis.close();
  }

  @Test
  void appendsReadsRecordsDeliveryAndErases() {
    Instant now = Instant.now();
    String nasty = "dòng 1\ndòng 2 \"trích\" 😀";
    log.append(JsonLinesQuestionLogTests.entry("m1", "h1", nasty, now));
    log.append(JsonLinesQuestionLogTests.entry("m2", "h2", "q", now));
    log.recordDelivery("web", "h1", "m1", DeliveryStatus.SENT, null);
    LocalDate today = LocalDate.ofInstant(now, JsonLinesQuestionLogTests.VN);

    List<QuestionLogEntry> read = new ArrayList<>();
    log.read(today, today, read::add);
    assertThat(read).hasSize(2);
    assertThat(read.get(0).text()).isEqualTo(nasty);
    assertThat(read.get(0).delivery()).isEqualTo(DeliveryStatus.SENT);
    assertThat(read.get(0).confidence()).isEqualTo(0.87);

    log.erase(new ConversationKey("web", "u"), "h1");
    List<String> left = new ArrayList<>();
    log.read(today, today, e -> left.add(e.messageId()));
    assertThat(left).containsExactly("m2");
  }
}
