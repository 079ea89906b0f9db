package vn.hcc.bot.app.admin.kb;

/** What a change did; {@code version} is unchanged when nothing differed. */
public record EditResult(int version, int added, int updated, int unchanged, int deleted) {}
