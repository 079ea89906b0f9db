package vn.hcc.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TelegramPacerTests {
  private final AtomicLong now = new AtomicLong();

  @Test
  void spacesMessagesToOneChatByOneSecond() {
    TelegramPacer pacer = new TelegramPacer(30, Duration.ofSeconds(1), now::get);
    assertThat(pacer.reserve("777")).isZero();
    assertThat(pacer.reserve("777")).isEqualTo(Duration.ofSeconds(1));
    assertThat(pacer.reserve("888")).isZero();
  }

  @Test
  void capsTheOverallRate() {
    TelegramPacer pacer = new TelegramPacer(30, Duration.ZERO, now::get);
    for (int chat = 0; chat < 30; chat++) {
      assertThat(pacer.reserve("chat" + chat)).isZero();
    }
    assertThat(pacer.reserve("chat30")).isPositive();
  }

  @Test
  void masksBotTokensInLoggedText() {
    assertThat(TelegramUrls.mask("POST https://api.telegram.org/bot123456:AA-bb_cc/sendmessage failed"))
        .isEqualTo("POST https://api.telegram.org/bot***/sendmessage failed");
  }
}
