package vn.hcc.bot.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.UnifiedJedis;
import vn.hcc.bot.channel.InProcessLock;
import vn.hcc.bot.core.store.RedisConnections;

class ZaloTokensTests {
  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  private final ZaloSettings settings = ZaloFixtures.settings("http://unused");
  private final AtomicInteger refreshes = new AtomicInteger();

  @TempDir Path dataDir;

  @Test
  void fileStoreWritesOwnerOnlyAtomicallyAndReadsBack() throws Exception {
    FileZaloTokenStore store = new FileZaloTokenStore(dataDir);
    ZaloTokenPair pair = new ZaloTokenPair("a", "r", NOW.truncatedTo(ChronoUnit.MILLIS), "seed");
    store.save(pair);
    store.save(pair);
    assertThat(store.load()).contains(pair);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    try (var files = Files.list(dataDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("zalo-tokens.json");
    }
  }

  @Test
  void redisStoreRoundTrips() {
    String key = "test:" + UUID.randomUUID() + ":zalo";
    try (UnifiedJedis redis = RedisConnections.open("redis://127.0.0.1:6379")) {
      RedisZaloTokenStore store = new RedisZaloTokenStore(redis, key);
      ZaloTokenPair pair = new ZaloTokenPair("a", "r", null, "s");
      store.save(pair);
      assertThat(store.load()).contains(pair);
      redis.del(key);
    }
  }

  @Test
  void keepsAStoredChainButRestartsFromANewlyConfiguredPair() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    tokens(store, NOW).refreshAfterRejection("access-1");
    assertThat(tokens(store, NOW).accessToken()).isEqualTo("access-r1"); // restart: stored chain wins

    ZaloSettings reauthorised = new ZaloSettings(ZaloFixtures.APP_ID, "s", "k", "access-new", "refresh-new");
    ZaloTokens fresh = new ZaloTokens(reauthorised, store, new InProcessLock(), this::refresh, Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(fresh.accessToken()).isEqualTo("access-new");
  }

  @Test
  void refreshesAheadOfExpiry() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    tokens(store, NOW).refreshAfterRejection("access-1"); // expires NOW + 25 h
    assertThat(tokens(store, NOW.plus(1, ChronoUnit.HOURS)).accessToken()).isEqualTo("access-r1");
    assertThat(tokens(store, NOW.plus(24, ChronoUnit.HOURS)).accessToken()).isEqualTo("access-r2");
  }

  @Test
  void refreshesOnceWhenTwoSendersSeeTheSameRejectedToken() throws Exception {
    ZaloTokens tokens = tokens(new InMemoryTokenStore(), NOW);
    CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> tokens.refreshAfterRejection("access-1"));
    CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> tokens.refreshAfterRejection("access-1"));
    assertThat(a.get()).isEqualTo(b.get()).isEqualTo("access-r1");
    assertThat(refreshes.get()).isEqualTo(1);
  }

  private ZaloTokens tokens(InMemoryTokenStore store, Instant now) {
    return new ZaloTokens(settings, store, new InProcessLock(), this::refresh, Clock.fixed(now, ZoneOffset.UTC));
  }

  private ZaloTokenPair refresh(String refreshToken, Instant now) {
    int n = refreshes.incrementAndGet();
    return new ZaloTokenPair("access-r" + n, "refresh-r" + n, now.plusSeconds(90_000), "");
  }
}
