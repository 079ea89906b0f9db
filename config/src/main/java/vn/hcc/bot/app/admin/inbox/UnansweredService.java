package vn.hcc.bot.app.admin.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;

/** Collects the questions the bot did not serve well and groups them by {@link QuestionKey}. */
public class UnansweredService {
  /** Answers below this confidence count as shaky even though the bot answered. */
  public static final double LOW_CONFIDENCE = 0.6;
  private static final int MAX_EXAMPLES = 5;

  private final QuestionLog log;
  private final QuestionKey keys;
  private final DismissedStore dismissed;

  public UnansweredService(QuestionLog log, QuestionKey keys, DismissedStore dismissed) {
    this.log = log;
    this.keys = keys;
    this.dismissed = dismissed;
  }

  public List<Group> groups(LocalDate from, LocalDate to) {
    Map<String, Group> groups = new LinkedHashMap<>();
    log.read(from, to, e -> {
      String reason = reason(e);
      if (reason == null || e.text() == null || e.text().isBlank()) {
        return;
      }
      String key = keys.of(e.text());
      if (key.isEmpty() || dismissed.contains(key)) {
        return;
      }
      groups.computeIfAbsent(key, Group::new).add(e, reason);
    });
    List<Group> out = new ArrayList<>(groups.values());
    out.sort((a, b) -> a.count != b.count ? Integer.compare(b.count, a.count)
        : b.lastSeen.compareTo(a.lastSeen));
    return out;
  }

  static String reason(QuestionLogEntry e) {
    if (e.outcome() == OutcomeType.DECLINE) {
      return "declined";
    }
    if (e.outcome() == OutcomeType.CLARIFY || (e.outcome() == OutcomeType.ANSWER
        && e.confidence() != null && e.confidence() < LOW_CONFIDENCE)) {
      return "lowConfidence";
    }
    if (e.outcome() == OutcomeType.RATING && "down".equals(e.rating())) {
      return "downRated";
    }
    return null;
  }

  /** One question in its various spellings. */
  public static final class Group {
    public final String key;
    public int count;
    public Instant lastSeen = Instant.EPOCH;
    public final Set<String> examples = new LinkedHashSet<>();
    public final Map<String, Integer> reasons = new HashMap<>();
    public final Map<String, Integer> entries = new HashMap<>();

    Group(String key) {
      this.key = key;
    }

    void add(QuestionLogEntry e, String reason) {
      count++;
      if (e.time().isAfter(lastSeen)) {
        lastSeen = e.time();
      }
      if (examples.size() < MAX_EXAMPLES) {
        examples.add(e.text().strip());
      }
      reasons.merge(reason, 1, Integer::sum);
      if (e.entryId() != null) {
        entries.merge(e.entryId(), 1, Integer::sum);
      }
    }

    /** The entry the bot most often chose (or was rated on) for this question, if any. */
    public String suggestedEntryId() {
      return entries.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey).orElse(null);
    }
  }
}
