/** Core types of a conversation, shared by the engine and the channel adapters. */
package vn.hcc.bot.core;
