package vn.hcc.bot.knowledge;

/** An official web page cited by an entry. */
public record FaqLink(String title, String url) {}
