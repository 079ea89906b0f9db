/**
 * Console users: roles, the users file with password hashes, the first administrator, and the
 * lockout after repeated failed logins.
 */
package vn.hcc.bot.app.admin.users;
