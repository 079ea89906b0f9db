package vn.hcc.bot.channel;

import java.util.Map;

/**
 * One messaging platform as the web layer sees it. The app maps {@code POST /webhooks/{id()}} to
 * {@link #onWebhook} and reports {@link #health()}; nothing else about the platform leaks out.
 */
public interface ChannelAdapter {

  /** URL segment and {@code ConversationKey.channel()}, e.g. "zalo". */
  String id();

  /**
   * Checks, parses and acknowledges one delivery. Never waits for the engine: turns run later on the
   * {@link TurnDispatcher}. Header names are matched case-insensitively.
   */
  WebhookResponse onWebhook(Map<String, String> headers, byte[] rawBody);

  ChannelHealth health();
}
