package vn.hcc.bot.app.admin.tickets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hcc.bot.core.ConversationKey;

/** Web users get the answer in their outbox; other channels go through their plugged-in sender. */
public class RoutingOutboundMessenger implements OutboundMessenger {
  private final WebOutbox web;
  private final Map<String, ChannelSender> senders = new HashMap<>();

  public RoutingOutboundMessenger(WebOutbox web, List<ChannelSender> senders) {
    this.web = web;
    senders.forEach(s -> this.senders.put(s.channel(), s));
  }

  @Override
  public DeliveryResult send(ConversationKey key, String text) {
    if ("web".equals(key.channel())) {
      web.put(key.userId(), text);
      return new DeliveryResult(DeliveryResult.Status.STORED,
          "Lưu lại để hiển thị khi người dân mở lại trang hỏi đáp");
    }
    ChannelSender sender = senders.get(key.channel());
    if (sender == null) {
      return new DeliveryResult(DeliveryResult.Status.UNDELIVERED,
          "Kênh " + key.channel() + " chưa được cấu hình để gửi tin chủ động");
    }
    try {
      return sender.send(key.userId(), text);
    } catch (RuntimeException e) {
      return "zalo".equals(key.channel()) ? ZaloDelivery.result(e)
          : new DeliveryResult(DeliveryResult.Status.FAILED, "Gửi thất bại: " + e.getMessage());
    }
  }
}
