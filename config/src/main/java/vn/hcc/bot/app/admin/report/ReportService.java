package vn.hcc.bot.app.admin.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.hcc.bot.app.admin.kb.VersionInfo;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.KnowledgeBase;

/** Builds the summary report of a period from the question log. */
public class ReportService {
  static final int TOP = 20;

  private final QuestionLog log;
  private final Supplier<KnowledgeBase> base;
  private final Supplier<List<VersionInfo>> versions;
  private final ZoneId zone;

  public ReportService(QuestionLog log, Supplier<KnowledgeBase> base,
      Supplier<List<VersionInfo>> versions, ZoneId zone) {
    this.log = log;
    this.base = base;
    this.versions = versions;
    this.zone = zone;
  }

  /**
   * Runs the report once over the last few logged days, so that the first report an admin asks
   * for after start-up does not also pay for loading and compiling the scanning code (about a
   * second on a month of a million lines). Called in the background once the app is ready.
   */
  public java.util.Optional<Period> warmUp() {
    if (!(log instanceof vn.hcc.bot.core.log.JsonLinesQuestionLog files)) {
      return java.util.Optional.empty();
    }
    List<java.time.LocalDate> days = files.days();
    if (days.isEmpty()) {
      return java.util.Optional.empty();
    }
    Period p = new Period(days.get(Math.max(0, days.size() - WARM_UP_DAYS)), days.get(days.size() - 1));
    summary(p);
    return java.util.Optional.of(p);
  }

  static final int WARM_UP_DAYS = 3;

  public Map<String, Object> summary(Period p) {
    KnowledgeBase kb = base.get();
    var offset = zone.getRules().getOffset(p.from().atStartOfDay());
    java.util.function.Function<String, String> audience =
        id -> kb.get(id).map(e -> e.audience().code()).orElse(null);
    var now = LogScanner.aggregate(log, p.from(), p.to(), true,
        () -> new ReportAggregator(p, offset, true, audience), ReportAggregator::merge);
    Period prev = p.previous();
    // the previous period only gives the baseline of rising topics: no question texts needed
    var before = LogScanner.aggregate(log, prev.from(), prev.to(), false,
        () -> new ReportAggregator(prev, offset, false, id -> null), ReportAggregator::merge);

    var m = new LinkedHashMap<String, Object>();
    m.put("from", p.from().toString());
    m.put("to", p.to().toString());
    m.put("questions", now.questions);
    m.put("answered", now.answered);
    m.put("declined", now.declined);
    m.put("clarified", now.clarified);
    m.put("answerRate", now.questions == 0 ? 0.0 : round(now.answered / (double) now.questions));
    m.put("averageLatencyMs", now.questions == 0 ? 0 : now.latencyTotal / now.questions);
    m.put("byDay", byDay(p, now.byDay));
    m.put("byChannel", counts(now.byChannel));
    m.put("byCategory", counts(now.byCategory));
    m.put("byAudience", counts(now.byAudience));
    m.put("topQuestions", top(now, kb));
    m.put("risingTopics", rising(now, before, kb));
    m.put("ratings", Map.of("up", now.ratingsUp, "down", now.ratingsDown));
    m.put("handoffs", now.handoffs);
    m.put("tickets", now.tickets);
    m.put("previousQuestions", before.questions);
    m.put("alternatesAdded", alternatesAdded(p));
    return m;
  }

  private static Map<String, Long> byDay(Period p, long[] days) {
    var out = new LinkedHashMap<String, Long>();
    for (int i = 0; i < days.length; i++) {
      out.put(p.from().plusDays(i).toString(), days[i]);
    }
    return out;
  }

  private static Map<String, Long> counts(Map<String, long[]> m) {
    var out = new LinkedHashMap<String, Long>();
    m.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> out.put(e.getKey(), e.getValue()[0]));
    return out;
  }

  private static List<Map<String, Object>> top(ReportAggregator now, KnowledgeBase kb) {
    return now.top.values().stream()
        .sorted(Comparator.comparingLong((ReportAggregator.TopQuestion t) -> t.count).reversed())
        .limit(TOP).map(t -> {
          var m = new LinkedHashMap<String, Object>();
          m.put("text", t.text);
          m.put("count", t.count);
          m.put("answered", t.answered);
          m.put("entryId", t.entryId);
          return (Map<String, Object>) m;
        }).toList();
  }

  /** Entries asked about more than in the previous period of equal length, biggest rise first. */
  private static List<Map<String, Object>> rising(ReportAggregator now, ReportAggregator before,
      KnowledgeBase kb) {
    List<Map<String, Object>> out = new ArrayList<>();
    now.byEntry.forEach((id, c) -> {
      long prev = before.byEntry.getOrDefault(id, new long[1])[0];
      if (c[0] > prev) {
        var m = new LinkedHashMap<String, Object>();
        m.put("entryId", id);
        m.put("question", kb.get(id).map(FaqEntry::question).orElse(id));
        m.put("count", c[0]);
        m.put("previous", prev);
        m.put("change", c[0] - prev);
        out.add(m);
      }
    });
    out.sort((a, b) -> Long.compare((long) b.get("change"), (long) a.get("change")));
    return out.size() > TOP ? out.subList(0, TOP) : out;
  }

  /** Phrasings added from the unanswered inbox during the period. */
  private List<Map<String, Object>> alternatesAdded(Period p) {
    String from = p.from().atStartOfDay(zone).toInstant().toString();
    String to = p.to().plusDays(1).atStartOfDay(zone).toInstant().toString();
    return versions.get().stream()
        .filter(v -> v.action().equals("inbox.alternate"))
        .filter(v -> v.time().compareTo(from) >= 0 && v.time().compareTo(to) < 0)
        .map(v -> Map.<String, Object>of("text", v.summary(), "user", v.user(), "time", v.time()))
        .toList();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
