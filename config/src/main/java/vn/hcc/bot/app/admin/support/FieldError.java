package vn.hcc.bot.app.admin.support;

/** One problem with one field of one row; {@code row} is 0 for a single entry sent to the API. */
public record FieldError(int row, String field, String message) {}
