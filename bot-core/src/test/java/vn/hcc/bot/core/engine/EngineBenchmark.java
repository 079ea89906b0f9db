package vn.hcc.bot.core.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hcc.bot.core.Audience;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.FaqAnswer;
import vn.hcc.bot.core.FaqSearch;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.log.InMemoryQuestionLog;
import vn.hcc.bot.core.testing.FakeFaqLookup;

/**
 * Measures what the engine adds to a turn beyond the FaqLookup calls, with in-memory store and log.
 * Run by hand (surefire does not pick it up: not a test):
 * {@code mvn -o -pl bot-core dependency:build-classpath -Dmdep.outputFile=cp.txt} then
 * {@code java -cp bot-core/target/classes:bot-core/target/test-classes:$(cat cp.txt) vn.hcc.bot.core.engine.EngineBenchmark}
 */
public final class EngineBenchmark {
  private static final List<String> MESSAGES = List.of("làm hộ chiếu", "còn lệ phí thì sao?",
      "chào ad", "lệ phí bao nhiêu", "Số tôi 0912 345 678, đăng ký khai sinh cần gì?", "1",
      "thời tiết hôm nay", "cảm ơn");

  /** A lookup that times itself, so its cost can be taken out of each turn. */
  static final class TimedLookup extends DelegatingLookup {
    long nanos;

    TimedLookup() {
      super(FakeFaqLookup.sample());
    }

    @Override
    public FaqSearch search(String question, Audience audience, int limit) {
      long start = System.nanoTime();
      try {
        return super.search(question, audience, limit);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }

    @Override
    public Optional<FaqAnswer> get(String id, Audience audience) {
      long start = System.nanoTime();
      try {
        return super.get(id, audience);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }
  }

  public static void main(String[] args) {
    int turns = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    TimedLookup lookup = new TimedLookup();
    var engine = DefaultConversationEngine.builder().lookup(lookup)
        .log(new InMemoryQuestionLog()).build();
    run(engine, lookup, turns / 4);
    long[] micros = run(engine, lookup, turns);
    Arrays.sort(micros);
    System.out.printf(Locale.ROOT, "engine overhead per turn over %d turns: p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs%n",
        turns, micros[turns / 2] / 1000.0, micros[(int) (turns * 0.99)] / 1000.0,
        micros[(int) (turns * 0.999)] / 1000.0, micros[turns - 1] / 1000.0);
  }

  /** Returns nanoseconds per turn, lookup time excluded. */
  private static long[] run(DefaultConversationEngine engine, TimedLookup lookup, int turns) {
    long[] out = new long[turns];
    for (int i = 0; i < turns; i++) {
      ConversationKey key = new ConversationKey("web", "u" + (i % 1000));
      InboundMessage m = InboundMessage.text(key, "m" + i, MESSAGES.get(i % MESSAGES.size()));
      lookup.nanos = 0;
      long start = System.nanoTime();
      engine.handle(m);
      out[i] = System.nanoTime() - start - lookup.nanos;
    }
    return out;
  }
}
