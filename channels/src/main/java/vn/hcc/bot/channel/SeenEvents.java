package vn.hcc.bot.channel;

/**
 * Remembers platform event ids so a redelivered webhook (Zalo retries, channel-apis.md §1.2; Telegram
 * repeats non-2xx deliveries, §2.1) produces one turn only.
 */
@FunctionalInterface
public interface SeenEvents {

  /** True the first time {@code key} is offered, false for every repeat within the retention. */
  boolean firstTime(String key);
}
