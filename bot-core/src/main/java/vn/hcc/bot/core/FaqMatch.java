package vn.hcc.bot.core;

/** One ranked knowledge-base entry for a question, with a confidence in [0, 1]. */
public record FaqMatch(String id, String category, String question, double confidence) {}
