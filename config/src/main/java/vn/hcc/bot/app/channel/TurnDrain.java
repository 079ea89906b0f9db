package vn.hcc.bot.app.channel;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * At shutdown, lets the turns already acknowledged to a platform finish before anything they use
 * (engine, Redis, HTTP clients) is closed. Its phase sits below the web server's graceful shutdown,
 * so no new webhook is accepted while it waits, and above the web server's stop.
 */
public class TurnDrain implements SmartLifecycle {
  /** After the web server's graceful shutdown (DEFAULT_PHASE - 1024), before it stops (- 2048). */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;
  private static final Logger log = LoggerFactory.getLogger(TurnDrain.class);

  private final ExecutorService turns;
  private final Duration patience;
  private volatile boolean running;

  public TurnDrain(ExecutorService turns, Duration patience) {
    this.turns = turns;
    this.patience = patience;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    turns.shutdown(); // queued turns still run; new ones are refused
    try {
      if (!turns.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Turns still running after {} s at shutdown; their replies may be lost",
            patience.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
