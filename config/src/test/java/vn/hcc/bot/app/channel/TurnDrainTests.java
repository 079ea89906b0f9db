package vn.hcc.bot.app.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.core.ConversationKey;

class TurnDrainTests {
  @Test
  void queuedTurnsFinishBeforeStopReturns() throws Exception {
    var executor = Executors.newFixedThreadPool(2);
    var dispatcher = new TurnDispatcher(executor);
    var drain = new TurnDrain(executor, Duration.ofSeconds(10));
    drain.start();
    AtomicInteger done = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    var key = new ConversationKey("zalo", "u1");
    // five turns of one user run one after another: most are still queued when stop() is called
    for (int i = 0; i < 5; i++) {
      dispatcher.submit(key, () -> {
        started.countDown();
        sleep(100);
        done.incrementAndGet();
      });
    }
    started.await();
    drain.stop();
    assertThat(done.get()).isEqualTo(5);
    assertThat(drain.isRunning()).isFalse();
    assertThatThrownBy(() -> executor.execute(() -> { }))
        .isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void stopsWaitingAfterItsPatience() {
    var executor = Executors.newSingleThreadExecutor();
    executor.execute(() -> sleep(5_000));
    var drain = new TurnDrain(executor, Duration.ofMillis(200));
    long t0 = System.nanoTime();
    drain.stop();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    executor.shutdownNow();
  }

  @Test
  void itStopsAfterTheWebServerStopsTakingRequestsAndBeforeItCloses() {
    assertThat(TurnDrain.PHASE).isLessThan(org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 1024)
        .isGreaterThan(org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 2048);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
