package vn.hcc.bot.core.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.ConversationStore;

/**
 * Sessions in Redis, one string per conversation with a millisecond expiry, so several bot
 * instances share them and Redis itself drops idle ones.
 */
public final class RedisConversationStore implements ConversationStore {
  public static final String DEFAULT_PREFIX = "hcc:conv:";

  private final UnifiedJedis redis;
  private final String prefix;

  public RedisConversationStore(UnifiedJedis redis) {
    this(redis, DEFAULT_PREFIX);
  }

  public RedisConversationStore(UnifiedJedis redis, String prefix) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
  }

  @Override
  public Optional<Conversation> load(ConversationKey key) {
    String value = redis.get(redisKey(key));
    return value == null ? Optional.empty() : Optional.of(ConversationCodec.decode(value));
  }

  @Override
  public void save(Conversation conversation, Duration ttl) {
    long millis = Math.max(1, ttl.toMillis());
    redis.set(redisKey(conversation.key()), ConversationCodec.encode(conversation),
        SetParams.setParams().px(millis));
  }

  @Override
  public void delete(ConversationKey key) {
    redis.del(redisKey(key));
  }

  String redisKey(ConversationKey key) {
    // Encoding keeps a ':' inside a user id from colliding with another channel's key.
    return prefix + enc(key.channel()) + ":" + enc(key.userId());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
