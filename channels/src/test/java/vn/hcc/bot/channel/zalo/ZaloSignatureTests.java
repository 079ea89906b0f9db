package vn.hcc.bot.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZaloSignatureTests {
  /** The test vector of channel-apis.md §1.3 (280 UTF-8 bytes, no trailing newline). */
  private static final byte[] BODY = ZaloFixtures.load("user_send_text.json");
  private static final String EXPECTED = "mac=852e27f3aa96a21f8d7750d6aace76279231cee3f23a769b56e36650058482e4";

  @Test
  void matchesTheDocumentedTestVector() {
    assertThat(BODY).hasSize(280);
    assertThat(ZaloSignature.compute(BODY, "1234567890", "1700000000000", "test-oa-secret")).isEqualTo(EXPECTED);
    assertThat(ZaloSignature.matches(EXPECTED, BODY, "1234567890", "1700000000000", "test-oa-secret")).isTrue();
  }

  @Test
  void rejectsAChangedBody() {
    byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("hộ chiếu", "ho chieu").getBytes(StandardCharsets.UTF_8);
    assertThat(ZaloSignature.matches(EXPECTED, changed, "1234567890", "1700000000000", "test-oa-secret")).isFalse();
  }

  @Test
  void rejectsAnotherSecretAMissingHeaderAndTheBareHex() {
    assertThat(ZaloSignature.matches(EXPECTED, BODY, "1234567890", "1700000000000", "app-secret")).isFalse();
    assertThat(ZaloSignature.matches(null, BODY, "1234567890", "1700000000000", "test-oa-secret")).isFalse();
    assertThat(ZaloSignature.matches(EXPECTED.substring(4), BODY, "1234567890", "1700000000000", "test-oa-secret")).isFalse();
  }
}
