package vn.hcc.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.core.ConversationKey;

class TurnDispatcherTests {
  private final ConversationKey alice = new ConversationKey("zalo", "alice");
  private final ConversationKey bob = new ConversationKey("zalo", "bob");

  @Test
  void runsTurnsOfOneConversationInArrivalOrderOneAtATime() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      TurnDispatcher dispatcher = new TurnDispatcher(pool);
      List<Integer> order = new CopyOnWriteArrayList<>();
      CountDownLatch done = new CountDownLatch(50);
      int[] running = {0};
      boolean[] overlapped = {false};
      for (int i = 0; i < 50; i++) {
        int n = i;
        dispatcher.submit(alice, () -> {
          synchronized (running) {
            overlapped[0] |= ++running[0] > 1;
          }
          order.add(n);
          synchronized (running) {
            running[0]--;
          }
          done.countDown();
        });
      }
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(order).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
      assertThat(overlapped[0]).isFalse();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void doesNotWaitForTheTurnAndLetsOtherConversationsProceed() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      TurnDispatcher dispatcher = new TurnDispatcher(pool);
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch bobDone = new CountDownLatch(1);
      dispatcher.submit(alice, () -> awaitQuietly(release));
      dispatcher.submit(bob, bobDone::countDown);
      assertThat(bobDone.await(2, TimeUnit.SECONDS)).isTrue();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (dispatcher.activeConversations() > 1 && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // bob's drainer is finishing its bookkeeping
      }
      assertThat(dispatcher.activeConversations()).isEqualTo(1); // alice is still busy
      release.countDown();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void keepsGoingAfterAFailingTurn() {
    TurnDispatcher dispatcher = new TurnDispatcher(Runnable::run);
    List<String> ran = new CopyOnWriteArrayList<>();
    dispatcher.submit(alice, () -> {
      throw new IllegalStateException("boom");
    });
    dispatcher.submit(alice, () -> ran.add("second"));
    assertThat(ran).containsExactly("second");
    assertThat(dispatcher.activeConversations()).isZero();
  }

  @Test
  void queuesATurnSubmittedFromInsideATurnBehindIt() {
    TurnDispatcher dispatcher = new TurnDispatcher(Runnable::run);
    List<String> ran = new CopyOnWriteArrayList<>();
    dispatcher.submit(alice, () -> {
      dispatcher.submit(alice, () -> ran.add("inner"));
      ran.add("outer");
    });
    assertThat(ran).containsExactly("outer", "inner");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
