package vn.hcc.bot.app.admin.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import vn.hcc.bot.app.web.ApiError;

/** An inclusive range of days, as given by {@code from} and {@code to} (YYYY-MM-DD). */
public record Period(LocalDate from, LocalDate to) {
  public static final int MAX_DAYS = 366;
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Missing dates default to the last {@code defaultDays} days up to today. */
  public static Period parse(String from, String to, int defaultDays) {
    LocalDate t = to == null || to.isBlank() ? LocalDate.now(ZONE) : date("to", to);
    LocalDate f = from == null || from.isBlank() ? t.minusDays(defaultDays - 1L) : date("from", from);
    if (f.isAfter(t)) {
      throw ApiError.badRequest("'from' (" + f + ") is after 'to' (" + t + ")");
    }
    if (ChronoUnit.DAYS.between(f, t) >= MAX_DAYS) {
      throw ApiError.badRequest("the period is longer than " + MAX_DAYS + " days; ask for less");
    }
    return new Period(f, t);
  }

  public int days() {
    return (int) ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of equal length just before this one. */
  public Period previous() {
    return new Period(from.minusDays(days()), from.minusDays(1));
  }

  private static LocalDate date(String name, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, got '" + text + "'");
    }
  }
}
