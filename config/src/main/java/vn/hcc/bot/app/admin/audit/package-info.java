/** The append-only audit trail: who changed what, when, with the values before and after. */
package vn.hcc.bot.app.admin.audit;
