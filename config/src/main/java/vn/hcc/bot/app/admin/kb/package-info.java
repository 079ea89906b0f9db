/**
 * Editing the live knowledge base: validation as strict as at start-up, storage of the edits over
 * the bundled seed, versions with diff and rollback, and the answer preview per channel.
 */
package vn.hcc.bot.app.admin.kb;
