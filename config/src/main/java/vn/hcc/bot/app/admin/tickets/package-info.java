/**
 * Feedback tickets for staff: persistent stores (a file under the data dir, or a Redis hash), the
 * console API to filter, change status and answer, and {@link vn.hcc.bot.app.admin.tickets.OutboundMessenger},
 * which carries an answer back to the citizen's channel.
 */
package vn.hcc.bot.app.admin.tickets;
