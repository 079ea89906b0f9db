package vn.hcc.bot.channel.zalo;

import java.util.Objects;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/** Keeps the pair in one Redis string so every replica sees the latest refresh. */
public final class RedisZaloTokenStore implements ZaloTokenStore {
  private final UnifiedJedis redis;
  private final String key;

  public RedisZaloTokenStore(UnifiedJedis redis, String key) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.key = Objects.requireNonNull(key, "key");
  }

  public RedisZaloTokenStore(UnifiedJedis redis) {
    this(redis, "hcc:zalo:tokens");
  }

  @Override
  public Optional<ZaloTokenPair> load() {
    return Optional.ofNullable(redis.get(key)).map(ZaloTokenPair::fromJson);
  }

  @Override
  public void save(ZaloTokenPair pair) {
    redis.set(key, pair.toJson());
  }
}
