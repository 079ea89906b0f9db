package vn.hcc.bot.app.admin;

/** The two prefixes every admin endpoint answers on: the script API and the console's own API. */
public final class AdminPaths {
  public static final String API = "/api/v1/admin";
  public static final String CONSOLE_API = "/admin/api";

  private AdminPaths() {}
}
