package vn.hcc.bot.app.admin.tickets;

import vn.hcc.bot.core.ConversationKey;

/** Sends a staff message to a citizen on the channel they wrote from. Never throws for delivery problems. */
public interface OutboundMessenger {
  DeliveryResult send(ConversationKey key, String text);
}
