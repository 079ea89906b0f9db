package vn.hcc.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.ConversationKey;

class ConversationCodecTests {
  @Test
  void roundTripsTextWithSeparators() {
    Conversation c = new Conversation(new ConversationKey("web", "u=1\n2"),
        Conversation.Step.FEEDBACK_CONTENT, List.of("a,b", "c=d", ""), "t", "q\nq", "m",
        "nội dung, có = và\nxuống dòng", null, Instant.parse("2026-01-02T03:04:05.678Z"));
    assertThat(ConversationCodec.decode(ConversationCodec.encode(c))).isEqualTo(c);
  }

  @Test
  void ignoresUnknownLinesFromANewerVersion() {
    String encoded = ConversationCodec.encode(Conversation.start(new ConversationKey("web", "u"),
        Instant.EPOCH)) + "futureField=x\n";
    assertThat(ConversationCodec.decode(encoded).key().userId()).isEqualTo("u");
  }
}
