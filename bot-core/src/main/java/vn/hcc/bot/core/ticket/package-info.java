/** Citizens' feedback on administrative rules, stored as numbered tickets for officers. */
package vn.hcc.bot.core.ticket;
