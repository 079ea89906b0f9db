package vn.hcc.bot.app.admin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hcc.bot.knowledge.search.SearchSettings;

class QuestionKeyTests {
  private final QuestionKey key = new QuestionKey(SearchSettings.defaults().pipeline());

  @Test
  void chatSpellingAndFillerWordsShareAKey() {
    assertThat(key.of("ko dc cap cccd?")).isEqualTo(key.of("Không được cấp CCCD ạ"));
  }

  @Test
  void aFillerWordInsideACompoundStaysInTheKey() {
    String k = key.of("Địa chỉ một cửa ở đâu ạ?");
    assertThat(k).isEqualTo(key.of("dia chi mot cua o dau"));
    assertThat(k.split(" ")).contains("chi", "mot", "cua", "dia");
    // elsewhere "chỉ" (only) and "một" (one) are filler words
    assertThat(key.of("chỉ một cửa")).isEqualTo("cua mot");
    assertThat(key.of("chỉ hỏi một lần")).isEqualTo("lan");
  }
}
