package vn.hcc.bot.channel.zalo;

import java.util.Set;
import vn.hcc.bot.channel.ChannelApiException;

/** How the adapter reacts to OA error codes (channel-apis.md §1.7). */
final class ZaloErrors {
  /** -216 access token invalid, -220 expired or removed: refresh, then resend once. */
  private static final Set<Integer> TOKEN = Set.of(-216, -220);
  /** -32 rate limit: back off and retry (§1.11). */
  private static final int RATE_LIMITED = -32;
  /**
   * About the user, not us: -213 not following, -230/-232 outside the 7-day window (§1.8),
   * -227 banned or inactive, -244 restricted this message type. Never retried.
   */
  private static final Set<Integer> RECIPIENT = Set.of(-213, -227, -230, -232, -244);

  private ZaloErrors() {}

  static boolean isTokenRejected(ChannelApiException e) {
    return TOKEN.contains(e.platformCode());
  }

  /** Rate limit, HTTP 429/5xx, or no answer at all (timeout, connection refused). */
  static boolean isRetryable(ChannelApiException e) {
    return e.platformCode() == RATE_LIMITED
        || e.httpStatus() == 0
        || e.httpStatus() == 429
        || e.httpStatus() >= 500;
  }

  static boolean isRecipientUnreachable(ChannelApiException e) {
    return RECIPIENT.contains(e.platformCode());
  }

  /** Any other refusal of a message with buttons may be the template; plain text is worth a try. */
  static boolean mayBeTemplateRejection(ChannelApiException e) {
    return !isTokenRejected(e) && !isRetryable(e) && !isRecipientUnreachable(e);
  }
}
