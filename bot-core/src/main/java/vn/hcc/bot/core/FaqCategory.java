package vn.hcc.bot.core;

/** A knowledge-base category as offered in the menu. */
public record FaqCategory(String id, String title) {}
