package vn.hcc.bot.core.log;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.resps.StreamEntry;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.privacy.PersonalDataEraser;

/**
 * The question log as a Redis stream ({@code XADD hcc:questions}); Redis persistence (AOF) decides
 * durability. Stream ids carry the time, so a day is read with one XRANGE walk.
 */
public final class RedisStreamQuestionLog implements QuestionLog, PersonalDataEraser {
  public static final String DEFAULT_STREAM = "hcc:questions";
  private static final int PAGE = 500;

  private final UnifiedJedis redis;
  private final String stream;
  private final ZoneId zone;

  public RedisStreamQuestionLog(UnifiedJedis redis, String stream, ZoneId zone) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.stream = Objects.requireNonNull(stream, "stream");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public void append(QuestionLogEntry entry) {
    redis.xadd(stream, XAddParams.xAddParams(), strings(LogFields.of(entry)));
  }

  @Override
  public void recordDelivery(
      String channel, String userHash, String messageId, DeliveryStatus status, String detail) {
    redis.xadd(stream, XAddParams.xAddParams(), strings(
        LogFields.delivery(java.time.Instant.now(), channel, userHash, messageId, status, detail)));
  }

  @Override
  public void read(LocalDate from, LocalDate to, Consumer<QuestionLogEntry> action) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      List<Map<String, String>> records = new ArrayList<>();
      walk(day, e -> records.add(e.getFields()));
      Map<String, Map<String, String>> deliveries = new HashMap<>();
      for (Map<String, String> r : records) {
        if (LogFields.isDelivery(r)) {
          deliveries.put(LogFields.turnKey(r), r);
        }
      }
      for (Map<String, String> r : records) {
        if (!LogFields.isDelivery(r)) {
          action.accept(withDelivery(LogFields.entry(r), deliveries.get(LogFields.turnKey(r))));
        }
      }
    }
  }

  private static QuestionLogEntry withDelivery(QuestionLogEntry e, Map<String, String> d) {
    return d == null ? e
        : e.withDelivery(DeliveryStatus.valueOf(d.get("delivery")), d.get("deliveryDetail"));
  }

  private void walk(LocalDate day, Consumer<StreamEntry> action) {
    long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
    long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
    String cursor = Long.toString(start);
    while (true) {
      List<StreamEntry> page = redis.xrange(stream, cursor, Long.toString(end), PAGE);
      page.forEach(action);
      if (page.size() < PAGE) {
        return;
      }
      cursor = "(" + page.get(page.size() - 1).getID();
    }
  }

  @Override
  public void erase(ConversationKey key, String userHash) {
    String cursor = "-";
    while (true) {
      List<StreamEntry> page = redis.xrange(stream, cursor, "+", PAGE);
      for (StreamEntry e : page) {
        if (Objects.equals(userHash, e.getFields().get("userHash"))) {
          redis.xdel(stream, e.getID());
        }
      }
      if (page.size() < PAGE) {
        return;
      }
      cursor = "(" + page.get(page.size() - 1).getID();
    }
  }

  private static Map<String, String> strings(Map<String, Object> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> {
      if (v != null) {
        out.put(k, v.toString());
      }
    });
    return out;
  }
}
