/**
 * The unanswered inbox: declined, low-confidence and badly rated questions from the question log,
 * grouped across spellings, with actions that feed the knowledge base.
 */
package vn.hcc.bot.app.admin.inbox;
