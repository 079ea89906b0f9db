package vn.hcc.bot.channel;

import java.time.Duration;

/** Waits; injected so retry and pacing tests run instantly. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

  void sleep(Duration duration) throws InterruptedException;
}
