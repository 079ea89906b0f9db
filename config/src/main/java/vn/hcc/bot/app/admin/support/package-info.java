/** Small helpers shared by the admin stores: atomic owner-only files, JSON, the acting user, errors. */
package vn.hcc.bot.app.admin.support;
