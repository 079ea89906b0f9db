package vn.hcc.bot.app.admin.support;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user making the current request, for the audit trail. */
public final class Actor {
  private Actor() {}

  public static String current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null || a.getName() == null ? "system" : a.getName();
  }
}
