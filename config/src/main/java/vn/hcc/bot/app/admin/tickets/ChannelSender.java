package vn.hcc.bot.app.admin.tickets;

/**
 * Delivery on one platform, plugged in by the application as a bean. For Zalo, the app wraps
 * {@code ZaloClient.send(...)} with a consultation text body and turns a
 * {@code ChannelApiException} into a result with {@link ZaloDelivery#result(RuntimeException)};
 * for Telegram, it calls {@code sendMessage(chatId = userId, text)}.
 */
public interface ChannelSender {
  /** "zalo" or "telegram", as in {@link vn.hcc.bot.core.ConversationKey#channel()}. */
  String channel();

  DeliveryResult send(String userId, String text);
}
