/** Test helpers shipped in bot-core's test-jar: conversation scripts and a fake knowledge base. */
package vn.hcc.bot.core.testing;
