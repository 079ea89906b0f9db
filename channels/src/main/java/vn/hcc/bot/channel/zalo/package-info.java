/**
 * Zalo Official Account adapter (OpenAPI v3.0 messages, OAuth v4 tokens): verifies and acknowledges
 * webhooks, turns user events into engine turns, renders replies as consultation ("cs") messages and
 * keeps the single-use token pair alive. Facts and sources: shared/design/channel-apis.md §1.
 */
package vn.hcc.bot.channel.zalo;
