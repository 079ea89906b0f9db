package vn.hcc.bot.channel;

import java.util.function.Supplier;

/**
 * Runs an action while no other holder of the same name (in this process, or in any replica for the
 * Redis implementation) runs one. Used where a second concurrent run would do harm, e.g. spending a
 * single-use Zalo refresh token twice (channel-apis.md §3).
 */
public interface ExclusiveLock {

  /**
   * @throws IllegalStateException when the lock could not be taken within the implementation's wait
   */
  <T> T callLocked(String name, Supplier<T> action);
}
