package vn.hcc.bot.core.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.privacy.PersonalDataEraser;

/** Handoff requests in memory (single instance; lost on restart). */
public final class InMemoryHandoffSink implements HandoffSink, PersonalDataEraser {
  private final List<HandoffRecord> records = new ArrayList<>();

  @Override
  public synchronized void record(HandoffRecord handoff) {
    records.add(Objects.requireNonNull(handoff, "handoff"));
  }

  public synchronized List<HandoffRecord> list() {
    return List.copyOf(records);
  }

  @Override
  public synchronized void erase(ConversationKey key, String userHash) {
    records.removeIf(r -> r.key().equals(key));
  }
}
