/** Conversation sessions and message deduplication, in memory or in Redis. */
package vn.hcc.bot.core.store;
