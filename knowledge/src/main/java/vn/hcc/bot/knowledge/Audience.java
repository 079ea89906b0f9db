package vn.hcc.bot.knowledge;

import java.util.Locale;

/** Who an entry is written for. Staff see everything; citizens see CITIZEN and ALL entries. */
public enum Audience {
  CITIZEN,
  STAFF,
  ALL;

  public boolean visibleTo(boolean staff) {
    return staff || this != STAFF;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "citizen", "staff" or "all"; returns null for anything else. */
  public static Audience parse(String text) {
    if (text == null) {
      return null;
    }
    for (Audience a : values()) {
      if (a.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    return null;
  }
}
