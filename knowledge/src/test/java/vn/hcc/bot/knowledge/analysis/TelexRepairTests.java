package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelexRepairTests {
  @ParameterizedTest
  @CsvSource({
    "ddangw, đăng", "kys, ký", "tieengs, tiếng", "vieetj, việt", "huwongs, hướng",
    "noopj, nộp", "nopj, nọp", "cos, có", "chieeus, chiếu", "ddc, ", "truwowngf, trường", "phis, phí",
    "vie65t, việt", "d9a8ng, đăng", "ky1, ký"
  })
  void repairsLeftoverKeystrokes(String typed, String expected) {
    assertThat(TelexRepair.repair(typed)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pass", "online", "file", "status", "upload", "h57", "thanks", "hs",
      "dang", "ky", "2024", "tks", "ntn"})
  void leavesOtherWordsAlone(String word) {
    assertThat(TelexRepair.repair(word)).isNull();
  }
}
