package vn.hcc.bot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeStripperTests {
  @Test
  void dropsDossierCodesPhoneAndIdNumbers() {
    assertThat(CodeStripper.strip("tra cứu hồ sơ mã 000.00.31.H57-240402-0019 giúp em").split("\\s+"))
        .containsExactly("tra", "cứu", "hồ", "sơ", "mã", "giúp", "em");
    assertThat(CodeStripper.strip("gọi lại số 0987 654 321 nhé")).doesNotContainPattern("\\d");
    assertThat(CodeStripper.strip("cccd 079123456789 bị mất")).doesNotContainPattern("\\d");
    assertThat(CodeStripper.strip("hẹn ngày 15/08/2025 mà chưa có")).doesNotContainPattern("\\d");
  }

  @Test
  void keepsDocumentNumbersAgesAndAmounts() {
    assertThat(CodeStripper.strip("nghị định 118/2025/NĐ-CP")).isEqualTo("nghị định 118/2025/NĐ-CP");
    assertThat(CodeStripper.strip("con dưới 14 tuổi, lệ phí 200.000 đồng"))
        .isEqualTo("con dưới 14 tuổi, lệ phí 200.000 đồng");
    assertThat(CodeStripper.strip("")).isEmpty();
  }
}
