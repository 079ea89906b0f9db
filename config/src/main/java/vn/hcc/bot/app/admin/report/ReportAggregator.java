package vn.hcc.bot.app.admin.report;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLogEntry;

/**
 * Counts one period in a single pass: plain counters and small maps, no text analysis except the
 * cheap key of top questions, whose map is capped so memory stays bounded on any log.
 */
final class ReportAggregator implements Consumer<QuestionLogEntry> {
  static final int MAX_DISTINCT_QUESTIONS = 50_000;

  long questions;
  long answered;
  long declined;
  long clarified;
  long handoffs;
  long tickets;
  long ratingsUp;
  long ratingsDown;
  long latencyTotal;
  final long[] byDay;
  final Map<String, long[]> byChannel = new HashMap<>();
  final Map<String, long[]> byCategory = new HashMap<>();
  final Map<String, long[]> byAudience = new HashMap<>();
  final Map<String, long[]> byEntry = new HashMap<>();
  final Map<String, TopQuestion> top = new HashMap<>();

  private final long firstDay;
  private final int offsetSeconds;
  private final boolean full;
  private final Function<String, String> audienceOf;

  ReportAggregator(Period p, ZoneOffset offset, boolean full, Function<String, String> audienceOf) {
    this.byDay = new long[p.days()];
    this.firstDay = p.from().toEpochDay();
    this.offsetSeconds = offset.getTotalSeconds();
    this.full = full;
    this.audienceOf = audienceOf;
  }

  @Override
  public void accept(QuestionLogEntry e) {
    OutcomeType o = e.outcome();
    switch (o) {
      case ANSWER, CLARIFY, DECLINE -> question(e, o);
      case HANDOFF -> handoffs++;
      case FEEDBACK -> tickets += e.entryId() != null && e.entryId().startsWith("PA-") ? 1 : 0;
      case RATING -> {
        ratingsUp += "up".equals(e.rating()) ? 1 : 0;
        ratingsDown += "down".equals(e.rating()) ? 1 : 0;
      }
      default -> { }
    }
  }

  private void question(QuestionLogEntry e, OutcomeType o) {
    questions++;
    if (o == OutcomeType.ANSWER) {
      answered++;
      count(byEntry, e.entryId());
    } else if (o == OutcomeType.DECLINE) {
      declined++;
    } else {
      clarified++;
    }
    if (!full) {
      return;
    }
    latencyTotal += e.latencyMs();
    int day = (int) (Math.floorDiv(e.time().getEpochSecond() + offsetSeconds, 86_400) - firstDay);
    if (day >= 0 && day < byDay.length) {
      byDay[day]++;
    }
    count(byChannel, e.channel());
    if (o == OutcomeType.ANSWER) {
      count(byCategory, e.category());
      count(byAudience, e.entryId() == null ? null : audienceOf.apply(e.entryId()));
    }
    topQuestion(e);
  }

  private void topQuestion(QuestionLogEntry e) {
    if (e.text() == null) {
      return;
    }
    String key = QuickKey.of(e.text());
    TopQuestion t = top.get(key);
    if (t == null) {
      if (top.size() >= MAX_DISTINCT_QUESTIONS) {
        return;
      }
      t = new TopQuestion(e.text());
      top.put(key, t);
    }
    t.count++;
    if (e.outcome() == OutcomeType.ANSWER) {
      t.answered++;
      t.entryId = e.entryId();
    }
  }

  /**
   * Adds what {@code later} counted (a later stretch of the same period) to this one. A top
   * question keeps the text it was first seen with.
   */
  ReportAggregator merge(ReportAggregator later) {
    questions += later.questions;
    answered += later.answered;
    declined += later.declined;
    clarified += later.clarified;
    handoffs += later.handoffs;
    tickets += later.tickets;
    ratingsUp += later.ratingsUp;
    ratingsDown += later.ratingsDown;
    latencyTotal += later.latencyTotal;
    for (int i = 0; i < byDay.length; i++) {
      byDay[i] += later.byDay[i];
    }
    add(byChannel, later.byChannel);
    add(byCategory, later.byCategory);
    add(byAudience, later.byAudience);
    add(byEntry, later.byEntry);
    later.top.forEach((key, t) -> {
      TopQuestion mine = top.get(key);
      if (mine == null) {
        if (top.size() < MAX_DISTINCT_QUESTIONS) {
          top.put(key, t);
        }
        return;
      }
      mine.count += t.count;
      mine.answered += t.answered;
      mine.entryId = t.entryId != null ? t.entryId : mine.entryId;
    });
    return this;
  }

  private static void add(Map<String, long[]> into, Map<String, long[]> from) {
    from.forEach((k, v) -> into.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
  }

  private static void count(Map<String, long[]> m, String key) {
    m.computeIfAbsent(key == null ? "(không rõ)" : key, k -> new long[1])[0]++;
  }

  /** One question as first seen, and how often it came. */
  static final class TopQuestion {
    final String text;
    long count;
    long answered;
    String entryId;

    TopQuestion(String text) {
      this.text = text;
    }
  }
}
