package vn.hcc.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.hcc.bot.channel.telegram.TelegramSettings;
import vn.hcc.bot.channel.zalo.ZaloSettings;

/** Settings default sensibly, refuse what cannot work, and never print secrets. */
class SettingsTests {

  @Test
  void zaloDefaultsAndMasksSecrets() {
    ZaloSettings s = new ZaloSettings("app", "APP-SECRET", "OA-SECRET", "ACCESS", "REFRESH");
    assertThat(s.apiBaseUrl()).isEqualTo("https://openapi.zalo.me");
    assertThat(s.oauthBaseUrl()).isEqualTo("https://oauth.zaloapp.com");
    assertThat(s.rateLimitPerMinute()).isEqualTo(3000);
    assertThat(s.maxAttempts()).isEqualTo(4);
    assertThat(s.toString()).doesNotContain("SECRET", "ACCESS", "REFRESH");
    assertThatThrownBy(() -> new ZaloSettings("app", "x", " ", null, null)).hasMessageContaining("oa-secret-key");
  }

  @Test
  void telegramDefaultsAndMasksTheToken() {
    TelegramSettings s = new TelegramSettings("123:SECRET", null, null, null);
    assertThat(s.apiBaseUrl()).isEqualTo("https://api.telegram.org");
    assertThat(s.mode()).isEqualTo(TelegramSettings.Mode.POLLING);
    assertThat(s.toString()).doesNotContain("SECRET");
    assertThatThrownBy(() -> new TelegramSettings("123:x", null, "webhook", "bad secret!"))
        .hasMessageContaining("webhook-secret");
    assertThatThrownBy(() -> new TelegramSettings("123:x", null, "push", null)).hasMessageContaining("polling or webhook");
  }
}
