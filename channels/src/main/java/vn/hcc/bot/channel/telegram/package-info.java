/**
 * Telegram Bot API adapter on TelegramBots 10.2.0: long polling by default or a secret-checked
 * webhook, inline-keyboard replies in HTML, per-chat ordering and pacing, and the 429/403/409
 * handling the platform expects. Facts and sources: shared/design/channel-apis.md §2.
 */
package vn.hcc.bot.channel.telegram;
