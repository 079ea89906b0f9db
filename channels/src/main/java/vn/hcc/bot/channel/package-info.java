/**
 * What every platform adapter shares: the framework-free webhook entry point, per-conversation turn
 * ordering, deduplication, delivery recording, outbound rate limiting and the numbered-list fallback
 * for platforms that cannot show buttons. A new platform is one sub-package; the engine is untouched.
 */
package vn.hcc.bot.channel;
