package vn.hcc.bot.app.admin.tickets;

import java.util.Set;
import vn.hcc.bot.channel.ChannelApiException;

/**
 * Zalo only lets an OA write to a user within its interaction window; outside it the API answers
 * -230 (no interaction in 7 days), -232 (window closed) or -213 (user not following / not
 * reachable). Those mean "undelivered, contact the citizen another way", not a fault.
 */
public final class ZaloDelivery {
  static final Set<Integer> WINDOW_CLOSED = Set.of(-230, -232, -213);

  private ZaloDelivery() {}

  public static DeliveryResult result(RuntimeException e) {
    if (e instanceof ChannelApiException api && WINDOW_CLOSED.contains(api.platformCode())) {
      return new DeliveryResult(DeliveryResult.Status.UNDELIVERED, "Zalo " + api.platformCode()
          + ": đã hết thời hạn tương tác với người dân trên Zalo; hãy liên hệ qua thông tin họ để lại");
    }
    return new DeliveryResult(DeliveryResult.Status.FAILED, "Gửi thất bại: " + e.getMessage());
  }
}
