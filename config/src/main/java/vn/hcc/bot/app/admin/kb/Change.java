package vn.hcc.bot.app.admin.kb;

import vn.hcc.bot.knowledge.FaqEntry;

/** One entry's change in a version: {@code before} null when added, {@code after} null when deleted. */
public record Change(String id, FaqEntry before, FaqEntry after) {}
