package vn.hcc.bot.app.admin.kb;

/** A version of the knowledge base: who made it, how, and how many entries it touched. */
public record VersionInfo(int version, String time, String user, String action, String summary,
    int added, int updated, int deleted) {}
