package vn.hcc.bot.core.engine;

import java.util.concurrent.locks.ReentrantLock;
import vn.hcc.bot.core.ConversationKey;

/**
 * Runs the turns of one conversation one at a time, in this process. A fixed set of lock stripes
 * keeps memory bounded; two users sharing a stripe only wait for each other briefly.
 */
final class KeyedLocks {
  private final ReentrantLock[] stripes;

  KeyedLocks(int count) {
    stripes = new ReentrantLock[count];
    for (int i = 0; i < count; i++) {
      // Fair, so a user's messages are taken in the order they arrived.
      stripes[i] = new ReentrantLock(true);
    }
  }

  ReentrantLock lockFor(ConversationKey key) {
    int h = key.hashCode();
    h ^= h >>> 16;
    return stripes[Math.floorMod(h, stripes.length)];
  }
}
