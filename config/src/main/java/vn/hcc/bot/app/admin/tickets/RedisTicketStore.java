package vn.hcc.bot.app.admin.tickets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import vn.hcc.bot.app.admin.support.Json;

/**
 * Tickets in a Redis hash (number → JSON) shared by all replicas; the daily sequence is an INCR
 * counter, so two replicas never hand out the same number.
 */
public class RedisTicketStore extends AdminTicketStore {
  private final UnifiedJedis redis;
  private final String hash;

  public RedisTicketStore(UnifiedJedis redis, String prefix, Clock clock, ZoneId zone) {
    super(clock, zone);
    this.redis = redis;
    this.hash = prefix + "tickets";
  }

  @Override
  public List<TicketRecord> records() {
    List<TicketRecord> out = new ArrayList<>();
    redis.hgetAll(hash).values().forEach(v -> out.add(TicketCodec.fromNode(Json.MAPPER.readTree(v))));
    out.sort(Comparator.comparing((TicketRecord r) -> r.ticket().createdAt())
        .thenComparing(r -> r.ticket().number()).reversed());
    return out;
  }

  @Override
  public Optional<TicketRecord> record(String number) {
    String v = redis.hget(hash, number);
    return v == null ? Optional.empty() : Optional.of(TicketCodec.fromNode(Json.MAPPER.readTree(v)));
  }

  @Override
  public void save(TicketRecord r) {
    redis.hset(hash, r.ticket().number(), Json.line(TicketCodec.toMap(r)));
  }

  @Override
  protected int nextSequence(LocalDate day) {
    String key = hash + ":seq:" + day;
    long n = redis.incr(key);
    redis.expire(key, 3 * 86_400);
    return (int) n;
  }
}
