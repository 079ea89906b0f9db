package vn.hcc.bot.core.store;

import java.net.URI;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/** Opens a pooled Redis client from a {@code redis://host:port[/db]} URL (the bot.redis.url). */
public final class RedisConnections {
  private RedisConnections() {}

  public static UnifiedJedis open(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(
          "Redis URL is empty: set bot.redis.url to redis://host:port[/db] or leave it unset");
    }
    return new JedisPooled(URI.create(url.trim()));
  }
}
