package vn.hcc.bot.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Every {@code bot.*} setting; names and defaults follow the shared contract. */
@ConfigurationProperties("bot")
public class BotProperties {
  private Path dataDir = Path.of("./data");
  private final Redis redis = new Redis();
  private final Locality locality = new Locality();
  private final Search search = new Search();
  private final Staff staff = new Staff();
  private final Zalo zalo = new Zalo();
  private final Telegram telegram = new Telegram();
  private final Dossier dossier = new Dossier();
  private final Privacy privacy = new Privacy();

  public Path getDataDir() {
    return dataDir;
  }

  public void setDataDir(Path dataDir) {
    this.dataDir = dataDir;
  }

  public Redis getRedis() {
    return redis;
  }

  public Locality getLocality() {
    return locality;
  }

  public Search getSearch() {
    return search;
  }

  public Staff getStaff() {
    return staff;
  }

  public Zalo getZalo() {
    return zalo;
  }

  public Telegram getTelegram() {
    return telegram;
  }

  public Dossier getDossier() {
    return dossier;
  }

  public Privacy getPrivacy() {
    return privacy;
  }

  /** Zalo Official Account; off unless app-id is set. */
  public static class Zalo {
    private String appId;
    private String appSecret;
    private String oaSecretKey;
    private String accessToken;
    private String refreshToken;
    private String apiBaseUrl = "https://openapi.zalo.me";
    private String oauthBaseUrl = "https://oauth.zaloapp.com";
    private int rateLimitPerMinute = 3000;

    public boolean enabled() {
      return appId != null && !appId.isBlank();
    }

    public String getAppId() {
      return appId;
    }

    public void setAppId(String appId) {
      this.appId = appId;
    }

    public String getAppSecret() {
      return appSecret;
    }

    public void setAppSecret(String appSecret) {
      this.appSecret = appSecret;
    }

    public String getOaSecretKey() {
      return oaSecretKey;
    }

    public void setOaSecretKey(String oaSecretKey) {
      this.oaSecretKey = oaSecretKey;
    }

    public String getAccessToken() {
      return accessToken;
    }

    public void setAccessToken(String accessToken) {
      this.accessToken = accessToken;
    }

    public String getRefreshToken() {
      return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
      this.refreshToken = refreshToken;
    }

    public String getApiBaseUrl() {
      return apiBaseUrl;
    }

    public void setApiBaseUrl(String apiBaseUrl) {
      this.apiBaseUrl = apiBaseUrl;
    }

    public String getOauthBaseUrl() {
      return oauthBaseUrl;
    }

    public void setOauthBaseUrl(String oauthBaseUrl) {
      this.oauthBaseUrl = oauthBaseUrl;
    }

    public int getRateLimitPerMinute() {
      return rateLimitPerMinute;
    }

    public void setRateLimitPerMinute(int rateLimitPerMinute) {
      this.rateLimitPerMinute = rateLimitPerMinute;
    }
  }

  /** Telegram bot; off unless token is set. */
  public static class Telegram {
    private String token;
    private String apiBaseUrl = "https://api.telegram.org";
    private String mode = "polling";
    private String webhookSecret;
    private String staffChatId;

    public boolean enabled() {
      return token != null && !token.isBlank();
    }

    public String getToken() {
      return token;
    }

    public void setToken(String token) {
      this.token = token;
    }

    public String getApiBaseUrl() {
      return apiBaseUrl;
    }

    public void setApiBaseUrl(String apiBaseUrl) {
      this.apiBaseUrl = apiBaseUrl;
    }

    public String getMode() {
      return mode;
    }

    public void setMode(String mode) {
      this.mode = mode;
    }

    public String getWebhookSecret() {
      return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
      this.webhookSecret = webhookSecret;
    }

    public String getStaffChatId() {
      return staffChatId;
    }

    public void setStaffChatId(String staffChatId) {
      this.staffChatId = staffChatId;
    }
  }

  /** The dossier-status service asked when a message carries a dossier code. */
  public static class Dossier {
    private String lookupUrl;
    private java.time.Duration timeout = java.time.Duration.ofSeconds(3);

    public String getLookupUrl() {
      return lookupUrl;
    }

    public void setLookupUrl(String lookupUrl) {
      this.lookupUrl = lookupUrl;
    }

    public java.time.Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(java.time.Duration timeout) {
      this.timeout = timeout;
    }
  }

  /** How personal data is kept: the user-id hash salt and the idle-session lifetime. */
  public static class Privacy {
    private String salt;
    private java.time.Duration sessionTtl = java.time.Duration.ofMinutes(30);
    private String zone = "Asia/Ho_Chi_Minh";

    public String getSalt() {
      return salt;
    }

    public void setSalt(String salt) {
      this.salt = salt;
    }

    public java.time.Duration getSessionTtl() {
      return sessionTtl;
    }

    public void setSessionTtl(java.time.Duration sessionTtl) {
      this.sessionTtl = sessionTtl;
    }

    public String getZone() {
      return zone;
    }

    public void setZone(String zone) {
      this.zone = zone;
    }
  }

  /** Redis connection; unset means everything is kept in the process and under the data dir. */
  public static class Redis {
    private String url;

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public boolean enabled() {
      return url != null && !url.isBlank();
    }
  }

  /** Search tuning. */
  public static class Search {
    private double threshold = 0.5;

    public double getThreshold() {
      return threshold;
    }

    public void setThreshold(double threshold) {
      this.threshold = threshold;
    }
  }

  /** Channel user ids treated as civil servants. */
  public static class Staff {
    private List<String> telegramIds = List.of();
    private List<String> zaloIds = List.of();

    public List<String> getTelegramIds() {
      return telegramIds;
    }

    public void setTelegramIds(List<String> telegramIds) {
      this.telegramIds = telegramIds;
    }

    public List<String> getZaloIds() {
      return zaloIds;
    }

    public void setZaloIds(List<String> zaloIds) {
      this.zaloIds = zaloIds;
    }
  }

  /**
   * Local facts filled into answers. The defaults shipped in application.yml are examples and say
   * so in their text; a deployment sets its own.
   */
  public static class Locality {
    private String name;
    private String portalUrl;
    private String centreName;
    private String centreAddress;
    private String hours;
    private String hotline;
    private String email;
    private String zaloOa;
    private String facebook;
    private String youtube;

    /** The placeholder values by name, as answers use them ({locality.hotline}). */
    public Map<String, String> asFacts() {
      var m = new LinkedHashMap<String, String>();
      put(m, "name", name);
      put(m, "portalUrl", portalUrl);
      put(m, "centreName", centreName);
      put(m, "centreAddress", centreAddress);
      put(m, "hours", hours);
      put(m, "hotline", hotline);
      put(m, "email", email);
      put(m, "zaloOa", zaloOa);
      put(m, "facebook", facebook);
      put(m, "youtube", youtube);
      return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
      if (v != null) {
        m.put(k, v);
      }
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getPortalUrl() {
      return portalUrl;
    }

    public void setPortalUrl(String portalUrl) {
      this.portalUrl = portalUrl;
    }

    public String getCentreName() {
      return centreName;
    }

    public void setCentreName(String centreName) {
      this.centreName = centreName;
    }

    public String getCentreAddress() {
      return centreAddress;
    }

    public void setCentreAddress(String centreAddress) {
      this.centreAddress = centreAddress;
    }

    public String getHours() {
      return hours;
    }

    public void setHours(String hours) {
      this.hours = hours;
    }

    public String getHotline() {
      return hotline;
    }

    public void setHotline(String hotline) {
      this.hotline = hotline;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getZaloOa() {
      return zaloOa;
    }

    public void setZaloOa(String zaloOa) {
      this.zaloOa = zaloOa;
    }

    public String getFacebook() {
      return facebook;
    }

    public void setFacebook(String facebook) {
      this.facebook = facebook;
    }

    public String getYoutube() {
      return youtube;
    }

    public void setYoutube(String youtube) {
      this.youtube = youtube;
    }
  }
}
