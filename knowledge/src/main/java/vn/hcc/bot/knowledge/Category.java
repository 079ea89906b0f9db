package vn.hcc.bot.knowledge;

/** A group of entries, shown as one menu button. */
public record Category(String id, String title, int order) {}
