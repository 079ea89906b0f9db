package vn.hcc.bot.channel.zalo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code X-ZEvent-Signature: mac=<hex>} where hex = SHA-256 (a plain digest, not an HMAC) of
 * app_id + raw body + timestamp + OA secret key; app_id and timestamp come from the body
 * (channel-apis.md §1.3, official Java SDK MacUtils). The raw bytes are hashed as received: re-serialised
 * JSON or platform-charset bytes would change the digest.
 */
public final class ZaloSignature {
  private ZaloSignature() {}

  /** The header value Zalo would send for this body. */
  public static String compute(byte[] rawBody, String appId, String timestamp, String oaSecretKey) {
    MessageDigest sha256 = sha256();
    sha256.update(appId.getBytes(UTF_8));
    sha256.update(rawBody);
    sha256.update(timestamp.getBytes(UTF_8));
    sha256.update(oaSecretKey.getBytes(UTF_8));
    return "mac=" + HexFormat.of().formatHex(sha256.digest());
  }

  /** Constant-time comparison of {@code header} with the expected value; false for a missing header. */
  public static boolean matches(
      String header, byte[] rawBody, String appId, String timestamp, String oaSecretKey) {
    if (header == null || appId == null || timestamp == null) {
      return false;
    }
    String expected = compute(rawBody, appId, timestamp, oaSecretKey);
    return MessageDigest.isEqual(expected.getBytes(US_ASCII), header.strip().getBytes(US_ASCII));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
