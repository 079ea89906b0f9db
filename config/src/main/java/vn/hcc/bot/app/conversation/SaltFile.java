package vn.hcc.bot.app.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret salt of user-id hashes. Taken from {@code bot.privacy.salt} (environment) when set;
 * otherwise generated once and kept under the data directory, readable by the owner only, so
 * hashes stay stable across restarts without a secret in the repository.
 */
final class SaltFile {
  private SaltFile() {}

  static String load(String configured, Path dataDir) {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path file = dataDir.resolve("user-hash.salt");
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      Files.createDirectories(dataDir);
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String salt = HexFormat.of().formatHex(bytes);
      Path tmp = Files.createTempFile(dataDir, "salt", ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system; the data directory's own protection applies
      }
      Files.writeString(tmp, salt, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      return salt;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the user-hash salt under " + dataDir, e);
    }
  }
}
