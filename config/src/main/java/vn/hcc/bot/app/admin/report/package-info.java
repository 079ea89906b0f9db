/**
 * Reports for the communication plan: one streaming pass over the question log per period with
 * cheap counters, rising topics against the previous period, and .xlsx/.csv export.
 */
package vn.hcc.bot.app.admin.report;
