/** The question log: one masked, hashed record per turn, as JSON lines files or a Redis stream. */
package vn.hcc.bot.core.log;
