package vn.hcc.bot.app.admin.users;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates the user {@code admin} on first start so that someone can log in at all. */
public final class FirstAdmin {
  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private FirstAdmin() {}

  /** Does nothing when users exist; the password comes from BOT_ADMIN_PASSWORD or is printed once. */
  public static void ensure(UserStore store, PasswordEncoder encoder, String configured) {
    if (!store.isEmpty()) {
      return;
    }
    String password = configured;
    if (password == null || password.isBlank()) {
      byte[] b = new byte[12];
      new SecureRandom().nextBytes(b);
      password = HexFormat.of().formatHex(b);
      log.warn("No users yet and no BOT_ADMIN_PASSWORD: created user 'admin' with password {}"
          + " (shown only this once; change it in the console)", password);
    } else {
      log.info("No users yet: created user 'admin' with the password from BOT_ADMIN_PASSWORD");
    }
    store.put(new UserAccount("admin", encoder.encode(password), Role.ADMIN, Instant.now()));
  }
}
