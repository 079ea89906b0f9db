package vn.hcc.bot.app.admin.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Locks a user name for 15 minutes after 5 failed logins in a row, against password guessing on
 * both the login form and HTTP Basic. Kept in memory: a restart unlocks, which is acceptable.
 */
public class LoginAttempts {
  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);
  /** Bounds memory when someone tries many made-up user names. */
  private static final int MAX_TRACKED = 10_000;

  private final Clock clock;
  private final Map<String, State> states = new ConcurrentHashMap<>();

  public LoginAttempts(Clock clock) {
    this.clock = clock;
  }

  public boolean isLocked(String username) {
    State s = states.get(username);
    return s != null && s.lockedUntil != null && clock.instant().isBefore(s.lockedUntil);
  }

  public void failed(String username) {
    if (states.size() >= MAX_TRACKED && !states.containsKey(username)) {
      return;
    }
    states.compute(username, (k, s) -> {
      State next = s == null || (s.lockedUntil != null && !clock.instant().isBefore(s.lockedUntil))
          ? new State(0, null) : s;
      int failures = next.failures + 1;
      return new State(failures, failures >= MAX_FAILURES ? clock.instant().plus(LOCK) : null);
    });
  }

  public void succeeded(String username) {
    states.remove(username);
  }

  @EventListener
  public void onFailure(AuthenticationFailureBadCredentialsEvent e) {
    failed(e.getAuthentication().getName());
  }

  @EventListener
  public void onSuccess(AuthenticationSuccessEvent e) {
    succeeded(e.getAuthentication().getName());
  }

  private record State(int failures, Instant lockedUntil) {}
}
