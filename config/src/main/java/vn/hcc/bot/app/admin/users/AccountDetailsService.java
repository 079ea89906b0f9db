package vn.hcc.bot.app.admin.users;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of the users file; a locked-out user is refused before the password check. */
public class AccountDetailsService implements UserDetailsService {
  private final UserStore store;
  private final LoginAttempts attempts;

  public AccountDetailsService(UserStore store, LoginAttempts attempts) {
    this.store = store;
    this.attempts = attempts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserAccount u = store.find(username)
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    return User.withUsername(u.username())
        .password(u.passwordHash())
        .roles(u.role().name())
        .accountLocked(attempts.isLocked(username))
        .build();
  }
}
