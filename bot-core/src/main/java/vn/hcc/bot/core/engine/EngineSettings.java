package vn.hcc.bot.core.engine;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Local facts and tuning of the engine. Texts are shown to citizens as they are; the salt must stay
 * the same for the log's user hashes to be comparable (and secret, so they cannot be reversed).
 *
 * @param clarifyMargin matches this close to the top one make the bot ask which one is meant
 * @param clarifyFloor below the answer threshold but above this, the bot asks instead of declining
 */
public record EngineSettings(
    String centreName,
    String hotline,
    String hours,
    String portalUrl,
    String userHashSalt,
    Duration sessionTtl,
    String privacyRetention,
    Duration privacyRetentionPeriod,
    ZoneId zone,
    double clarifyMargin,
    double clarifyFloor) {

  public EngineSettings {
    Objects.requireNonNull(centreName, "centreName");
    Objects.requireNonNull(hotline, "hotline");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(portalUrl, "portalUrl");
    if (userHashSalt == null || userHashSalt.isBlank()) {
      throw new IllegalArgumentException("userHashSalt must be set to a secret random string");
    }
    if (sessionTtl == null || sessionTtl.isNegative() || sessionTtl.isZero()) {
      throw new IllegalArgumentException("sessionTtl must be positive, e.g. PT30M");
    }
    Objects.requireNonNull(privacyRetention, "privacyRetention");
    Objects.requireNonNull(privacyRetentionPeriod, "privacyRetentionPeriod");
    Objects.requireNonNull(zone, "zone");
  }

  /** Example values (marked as such in the texts) for tests and a first start. */
  public static EngineSettings defaults() {
    return new EngineSettings(
        "Trung tâm Phục vụ hành chính công (ví dụ)",
        "1900 0000 (ví dụ)",
        "7h30–17h00, thứ Hai đến thứ Sáu",
        "https://dichvucong.example.gov.vn",
        "change-me-salt",
        Duration.ofMinutes(30),
        "12 tháng",
        Duration.ofDays(365),
        ZoneId.of("Asia/Ho_Chi_Minh"),
        0.1,
        0.35);
  }

  public EngineSettings withSalt(String salt) {
    return new EngineSettings(centreName, hotline, hours, portalUrl, salt, sessionTtl,
        privacyRetention, privacyRetentionPeriod, zone, clarifyMargin, clarifyFloor);
  }

  public EngineSettings withSessionTtl(Duration ttl) {
    return new EngineSettings(centreName, hotline, hours, portalUrl, userHashSalt, ttl,
        privacyRetention, privacyRetentionPeriod, zone, clarifyMargin, clarifyFloor);
  }
}
