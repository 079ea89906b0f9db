/** The conversation engine: routing a turn to small rules, with sessions, locks and logging. */
package vn.hcc.bot.core.engine;
