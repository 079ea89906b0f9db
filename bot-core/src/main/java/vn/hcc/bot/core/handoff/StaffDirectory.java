package vn.hcc.bot.core.handoff;

import java.util.Set;
import vn.hcc.bot.core.ConversationKey;

/** Tells which users are staff: they search staff-only entries and see ids and confidences. */
@FunctionalInterface
public interface StaffDirectory {
  StaffDirectory NONE = key -> false;

  boolean isStaff(ConversationKey key);

  static StaffDirectory of(Set<ConversationKey> staff) {
    Set<ConversationKey> copy = Set.copyOf(staff);
    return copy::contains;
  }
}
