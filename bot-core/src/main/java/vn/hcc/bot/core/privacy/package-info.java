/** Personal data handling: masking numbers in logged text, hashing user ids, erasure on request. */
package vn.hcc.bot.core.privacy;
