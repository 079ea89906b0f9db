package vn.hcc.bot.channel.zalo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.channel.ChannelApiException;
import vn.hcc.bot.channel.ChannelHealth;
import vn.hcc.bot.channel.ExclusiveLock;

/**
 * Keeps a valid access token. The refresh token is single use and rotates (§1.9), so refreshes run one
 * at a time across replicas under {@link ExclusiveLock}, re-read the store first (someone else may have
 * refreshed), and save the new pair before using it. A failed refresh turns health DOWN: a human must
 * re-authorise the OA.
 */
public final class ZaloTokens {
  private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);
  private static final String LOCK_NAME = "zalo-token-refresh";

  private final ZaloSettings settings;
  private final ZaloTokenStore store;
  private final ExclusiveLock lock;
  private final BiFunction<String, Instant, ZaloTokenPair> refresher;
  private final Clock clock;
  private final String seed;
  private volatile ZaloTokenPair current;
  private volatile ChannelHealth health;

  ZaloTokens(ZaloSettings settings, ZaloTokenStore store, ExclusiveLock lock,
      BiFunction<String, Instant, ZaloTokenPair> refresher, Clock clock) {
    this.settings = settings;
    this.store = store;
    this.lock = lock;
    this.refresher = refresher;
    this.clock = clock;
    this.seed = fingerprint(settings.refreshToken());
    this.current = initialPair();
    this.health = current == null
        ? ChannelHealth.down("no Zalo token pair: set bot.zalo.access-token and bot.zalo.refresh-token")
        : ChannelHealth.up("Zalo token pair loaded");
  }

  public ChannelHealth health() {
    return health;
  }

  /** The token to use now, refreshed ahead of expiry when its expiry is known. */
  public String accessToken() {
    ZaloTokenPair pair = current;
    if (pair == null) {
      throw new ChannelApiException(ZaloApi.CHANNEL, "accessToken", 0, 0, health.detail());
    }
    if (nearExpiry(pair)) {
      try {
        return refresh(pair.accessToken()).accessToken();
      } catch (ChannelApiException e) {
        log.warn("early Zalo token refresh failed; trying the current token: {}", e.getMessage());
      }
    }
    return pair.accessToken();
  }

  /** Zalo rejected {@code rejectedToken} (-216/-220): returns a newer one, refreshing if nobody has. */
  public String refreshAfterRejection(String rejectedToken) {
    return refresh(rejectedToken).accessToken();
  }

  private ZaloTokenPair refresh(String staleToken) {
    try {
      return lock.callLocked(LOCK_NAME, () -> {
        ZaloTokenPair latest = store.load().orElse(current);
        if (latest == null) {
          throw new ChannelApiException(ZaloApi.CHANNEL, "refreshToken", 0, 0, health.detail());
        }
        if (!latest.accessToken().equals(staleToken) && !nearExpiry(latest)) {
          current = latest; // another replica or thread refreshed already
          return latest;
        }
        return refreshNow(latest);
      });
    } catch (IllegalStateException e) {
      throw new ChannelApiException(ZaloApi.CHANNEL, "refreshToken", 0, 0, e.getMessage(), e);
    }
  }

  private ZaloTokenPair refreshNow(ZaloTokenPair latest) {
    ZaloTokenPair fresh;
    try {
      ZaloTokenPair answer = refresher.apply(latest.refreshToken(), clock.instant());
      fresh = new ZaloTokenPair(answer.accessToken(), answer.refreshToken(), answer.expiresAt(), latest.seed());
    } catch (ChannelApiException e) {
      health = ChannelHealth.down("Zalo token refresh failed (" + e.getMessage() + "): re-authorise the OA"
          + " and set bot.zalo.access-token and bot.zalo.refresh-token to the new pair");
      log.error("{}", health.detail());
      throw e;
    }
    try {
      store.save(fresh); // before use: the old refresh token is already spent
      health = ChannelHealth.up("Zalo token refreshed; valid until " + fresh.expiresAt());
    } catch (RuntimeException e) {
      health = ChannelHealth.down("new Zalo token pair could not be saved (" + e.getMessage()
          + "); it is held in memory only and will be lost on restart");
      log.error("{}", health.detail(), e);
    }
    current = fresh;
    log.info("Zalo access token refreshed; expires at {}", fresh.expiresAt());
    return fresh;
  }

  private boolean nearExpiry(ZaloTokenPair pair) {
    return pair.expiresAt() != null
        && !clock.instant().isBefore(pair.expiresAt().minus(settings.refreshAhead()));
  }

  /** A stored chain wins unless the operator configured a different refresh token since it began. */
  private ZaloTokenPair initialPair() {
    ZaloTokenPair stored = store.load().orElse(null);
    boolean configured = notBlank(settings.accessToken()) && notBlank(settings.refreshToken());
    if (stored != null && (!configured || stored.seed().equals(seed))) {
      return stored;
    }
    if (!configured) {
      return null;
    }
    ZaloTokenPair pair = new ZaloTokenPair(settings.accessToken(), settings.refreshToken(), null, seed);
    store.save(pair);
    return pair;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static String fingerprint(String refreshToken) {
    if (!notBlank(refreshToken)) {
      return "";
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
