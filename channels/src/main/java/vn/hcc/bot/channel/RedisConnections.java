package vn.hcc.bot.channel;

import java.net.URI;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/** Opens a pooled, thread-safe Redis client from {@code bot.redis.url} ({@code redis://host:port[/db]}). */
public final class RedisConnections {
  private RedisConnections() {}

  public static UnifiedJedis open(String redisUrl) {
    if (redisUrl == null || !redisUrl.startsWith("redis")) {
      throw new IllegalArgumentException(
          "bot.redis.url must look like redis://host:port[/db], was " + redisUrl);
    }
    return new JedisPooled(URI.create(redisUrl));
  }
}
