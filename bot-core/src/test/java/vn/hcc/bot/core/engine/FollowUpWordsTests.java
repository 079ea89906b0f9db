package vn.hcc.bot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowUpWordsTests {
  private static final String PASSWORD_ANSWER =
      "Quên mật khẩu: mở ứng dụng VNeID, chọn Quên mật khẩu, nhập số định danh cá nhân.";

  @Test
  void aSubjectThePreviousAnswerNeverNamesIsNew() {
    assertThat(FollowUpWords.namesNewSubject("lam ho chieu can giay to gi", PASSWORD_ANSWER)).isTrue();
  }

  @Test
  void aspectsAndWordsOfThePreviousAnswerAreNotNew() {
    assertThat(FollowUpWords.namesNewSubject("con le phi thi sao", PASSWORD_ANSWER)).isFalse();
    assertThat(FollowUpWords.namesNewSubject("vneid mat bao lau", PASSWORD_ANSWER)).isFalse();
  }

  @Test
  void onlyAspectWordsMakeAFollowUp() {
    assertThat(FollowUpWords.onlyAspects("con le phi thi sao")).isTrue();
    assertThat(FollowUpWords.onlyAspects("lam ho chieu")).isFalse();
    assertThat(FollowUpWords.onlyAspects("")).isFalse();
  }
}
