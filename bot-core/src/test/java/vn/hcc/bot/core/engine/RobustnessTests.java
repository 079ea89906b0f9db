package vn.hcc.bot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.core.Audience;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.FaqLookup;
import vn.hcc.bot.core.FaqSearch;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.log.InMemoryQuestionLog;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.store.InMemoryConversationStore;
import vn.hcc.bot.core.testing.ConversationScript;
import vn.hcc.bot.core.testing.FakeFaqLookup;

class RobustnessTests {
  private final EngineFixture fixture = new EngineFixture();

  @Test
  void anyInputGetsAReply() {
    List<String> inputs = new ArrayList<>(List.of("", "   ", "\u0000\u0007\u001b[31m", "😀😀🙏",
        "'; DROP TABLE users; --", "<script>alert(1)</script>", "title:(hộ chiếu) AND *:*~",
        "\uD83D", "1", "99999999999999999999", "/", "/unknown", "a".repeat(10_000),
        "làm hộ chiếu ".repeat(1000), "\u202Ehộ chiếu", "null"));
    var script = fixture.citizen();
    for (String input : inputs) {
      script.user(input).expectSomeReply();
    }
    script.press("x".repeat(5000)).expectSomeReply();
    script.press("rate:up:").expectSomeReply();
    script.press("faq:").expectSomeReply();
    script.send(InboundMessage.text(script.key(), "null-text", null)).expectSomeReply();
  }

  @Test
  void anInternalFailureGetsAnApologyAndResetsTheConversation() {
    FakeFaqLookup sample = FakeFaqLookup.sample();
    FaqLookup broken = new DelegatingLookup(sample) {
      @Override
      public FaqSearch search(String question, Audience audience, int limit) {
        if (question.contains("nổ")) {
          throw new IllegalStateException("index closed");
        }
        return super.search(question, audience, limit);
      }
    };
    var store = new InMemoryConversationStore();
    var log = new InMemoryQuestionLog();
    var engine = DefaultConversationEngine.builder().lookup(broken).log(log).store(store).build();
    var script = ConversationScript.with(engine).user("làm hộ chiếu");
    assertThat(store.load(script.key())).isPresent();

    script.user("câu hỏi làm nổ").expectReplyContaining("Xin lỗi Anh/Chị", "sự cố");
    assertThat(store.load(script.key())).isEmpty();
    assertThat(log.entries().get(log.entries().size() - 1).outcome()).isEqualTo(OutcomeType.ERROR);
    script.user("làm hộ chiếu").expectReplyContaining("Tờ khai");
  }

  @Test
  void aRedeliveredMessageIsHandledOnce() {
    var script = fixture.citizen().user("làm hộ chiếu").expectSomeReply();
    int logged = fixture.log.entries().size();
    script.resend().expectNoReplies();
    assertThat(fixture.log.entries()).hasSize(logged);
  }

  @Test
  void messagesOfOneUserAreHandledOneAtATime() throws Exception {
    ConversationKey key = new ConversationKey("zalo", "busy-user");
    List<Integer> active = Collections.synchronizedList(new ArrayList<>());
    int[] maxConcurrent = {0};
    FakeFaqLookup sample = FakeFaqLookup.sample();
    FaqLookup slow = new DelegatingLookup(sample) {
      @Override
      public FaqSearch search(String question, Audience audience, int limit) {
        active.add(1);
        synchronized (maxConcurrent) {
          maxConcurrent[0] = Math.max(maxConcurrent[0], active.size());
        }
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        active.remove(0);
        return super.search(question, audience, limit);
      }
    };
    var engine = DefaultConversationEngine.builder().lookup(slow).log(new InMemoryQuestionLog()).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<List<Reply>>> results = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      InboundMessage m = InboundMessage.text(key, "m" + i, "làm hộ chiếu");
      results.add(pool.submit(() -> engine.handle(m)));
    }
    for (Future<List<Reply>> r : results) {
      assertThat(r.get(10, TimeUnit.SECONDS)).isNotEmpty();
    }
    pool.shutdown();
    assertThat(maxConcurrent[0]).isEqualTo(1);
  }
}
