package vn.hcc.bot.channel.zalo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the pair in {@code <data-dir>/zalo-tokens.json}, readable by the owner only (rw-------), written
 * to a temp file and moved into place so a crash never leaves half a file.
 */
public final class FileZaloTokenStore implements ZaloTokenStore {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final Path file;

  public FileZaloTokenStore(Path dataDir) {
    this.file = dataDir.resolve("zalo-tokens.json");
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized Optional<ZaloTokenPair> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZaloTokenPair.fromJson(Files.readString(file, UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Zalo tokens from " + file, e);
    }
  }

  @Override
  public synchronized void save(ZaloTokenPair pair) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "zalo-tokens", ".tmp", ownerOnly());
      try {
        Files.writeString(temp, pair.toJson(), UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save Zalo tokens to " + file, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }
    return new FileAttribute<?>[0];
  }
}
