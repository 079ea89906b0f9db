/** The console pages (login and the single-page shell with its CSRF token) and the test console API. */
package vn.hcc.bot.app.admin.console;
