package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSplitterTests {
  @Test
  void splitsOnPunctuationAndKeepsVietnameseLetters() {
    assertThat(WordSplitter.split("hồ sơ 000.00.31.h57-230301-0012, xong chưa?!"))
        .containsExactly("hồ", "sơ", "000", "00", "31", "h57", "230301", "0012", "xong", "chưa");
  }

  @Test
  void cutsAbsurdlyLongRuns() {
    assertThat(WordSplitter.split("a".repeat(500)).get(0)).hasSize(WordSplitter.MAX_WORD);
  }

  @Test
  void emojiAndSymbolsAreNotWords() {
    assertThat(WordSplitter.split("👍👍 *** (( ))")).isEmpty();
  }
}
