package vn.hcc.bot.core;

/** Who is asking: citizens see citizen and "all" entries; staff see every entry. */
public enum Audience {
  CITIZEN,
  STAFF
}
