package vn.hcc.bot.channel;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.core.ConversationKey;

/**
 * Runs turns in the background so a webhook is acknowledged at once (Zalo wants 200 within 2 s,
 * channel-apis.md §1.2), one at a time per conversation and in arrival order: each key has a queue
 * and at most one drainer on the executor. Different conversations run in parallel.
 */
public final class TurnDispatcher {
  private static final Logger log = LoggerFactory.getLogger(TurnDispatcher.class);

  private final Executor executor;
  /** A key is present while a drainer owns it; its deque holds the turns still waiting. */
  private final Map<ConversationKey, ArrayDeque<Runnable>> queues = new HashMap<>();

  public TurnDispatcher(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** Queues {@code turn} behind earlier turns of the same conversation. Never throws for the turn. */
  public void submit(ConversationKey key, Runnable turn) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(turn, "turn");
    boolean startDrainer;
    synchronized (queues) {
      ArrayDeque<Runnable> queue = queues.get(key);
      startDrainer = queue == null;
      if (startDrainer) {
        queue = new ArrayDeque<>();
        queues.put(key, queue);
      }
      queue.add(turn);
    }
    if (startDrainer) {
      start(key);
    }
  }

  /** Conversations with turns running or waiting; for metrics and tests. */
  public int activeConversations() {
    synchronized (queues) {
      return queues.size();
    }
  }

  private void start(ConversationKey key) {
    try {
      executor.execute(() -> drain(key));
    } catch (RejectedExecutionException e) {
      int dropped;
      synchronized (queues) {
        dropped = queues.remove(key).size();
      }
      log.error("turn executor rejected work; dropped {} turn(s) for {}", dropped, key, e);
    }
  }

  private void drain(ConversationKey key) {
    while (true) {
      Runnable next;
      synchronized (queues) {
        next = queues.get(key).poll();
        if (next == null) {
          queues.remove(key);
          return;
        }
      }
      runSafely(key, next);
    }
  }

  private static void runSafely(ConversationKey key, Runnable turn) {
    try {
      turn.run();
    } catch (ChannelApiException e) {
      log.warn("turn for {} could not be delivered: {}", key, e.getMessage());
    } catch (RuntimeException e) {
      log.error("turn for {} failed", key, e);
    }
  }
}
