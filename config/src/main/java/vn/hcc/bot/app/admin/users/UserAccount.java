package vn.hcc.bot.app.admin.users;

import java.time.Instant;

/** A console user as stored: never the password, only its hash (with the encoder's {id} prefix). */
public record UserAccount(String username, String passwordHash, Role role, Instant createdAt) {
  public UserAccount withRole(Role r) {
    return new UserAccount(username, passwordHash, r, createdAt);
  }

  public UserAccount withPasswordHash(String hash) {
    return new UserAccount(username, hash, role, createdAt);
  }
}
