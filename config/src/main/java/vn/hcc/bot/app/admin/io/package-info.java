/**
 * Import and export of the knowledge base as .xlsx, .csv (UTF-8 with BOM) and .json. Import is an
 * upsert by id and all-or-nothing: any problem in any row rejects the whole file.
 */
package vn.hcc.bot.app.admin.io;
