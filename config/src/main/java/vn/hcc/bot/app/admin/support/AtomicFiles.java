package vn.hcc.bot.app.admin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes whole files so that a reader (or a crash) sees the old content or the new, never half:
 * write a temporary sibling, force it to disk, then rename over the target. Files are owner-only
 * because they hold password hashes, citizens' contacts and feedback.
 */
public final class AtomicFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private AtomicFiles() {}

  public static void write(Path target, byte[] content) {
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      createOwnerOnly(tmp);
      try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        var buf = java.nio.ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  /** Creates an empty owner-only file when it does not exist yet (for append-only logs). */
  public static void createOwnerOnly(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (Files.exists(file)) {
      return;
    }
    if (POSIX) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }

  /** Appends one line and forces it to disk: audit and version records must not be lost. */
  public static synchronized void appendLine(Path file, String line) {
    try {
      createOwnerOnly(file);
      try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        var buf = java.nio.ByteBuffer.wrap((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to " + file, e);
    }
  }
}
