package vn.hcc.bot.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import vn.hcc.bot.core.ConversationKey;

/** Salted SHA-256 of channel and user id: logs can count a user without knowing who they are. */
public final class UserHasher {
  private final byte[] salt;

  public UserHasher(String salt) {
    Objects.requireNonNull(salt, "salt");
    this.salt = salt.getBytes(StandardCharsets.UTF_8);
  }

  public String hash(ConversationKey key) {
    MessageDigest digest = sha256();
    digest.update(salt);
    digest.update((byte) 0);
    digest.update(key.channel().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(key.userId().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
