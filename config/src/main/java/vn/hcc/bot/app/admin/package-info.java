/**
 * The admin console and admin API: users and roles, the audit trail, knowledge-base editing with
 * versions, import and export, the test console, the unanswered inbox, reports and tickets. Every
 * controller is mapped twice: under {@code /api/v1/admin} (HTTP Basic, no CSRF, for scripts) and
 * under {@code /admin/api} (the console's session, with CSRF).
 */
package vn.hcc.bot.app.admin;
