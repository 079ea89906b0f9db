package vn.hcc.bot.app.admin.users;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.admin.AdminPaths;
import vn.hcc.bot.app.admin.audit.AuditLog;
import vn.hcc.bot.app.admin.support.InvalidInput;
import vn.hcc.bot.app.web.ApiError;

/** Managing console users (administrators only). Hashes never leave the server. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
public class UserController {
  private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{3,40}");
  static final int MIN_PASSWORD = 10;

  private final UserStore store;
  private final PasswordEncoder encoder;
  private final AuditLog audit;

  public UserController(UserStore store, PasswordEncoder encoder, AuditLog audit) {
    this.store = store;
    this.encoder = encoder;
    this.audit = audit;
  }

  @GetMapping({AdminPaths.API + "/users", AdminPaths.CONSOLE_API + "/users"})
  List<Map<String, Object>> list() {
    return store.list().stream().map(UserController::view).toList();
  }

  @PostMapping({AdminPaths.API + "/users", AdminPaths.CONSOLE_API + "/users"})
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> create(@RequestBody UserRequest req) {
    if (req.username() == null || !NAME.matcher(req.username()).matches()) {
      throw InvalidInput.of("username", "3-40 characters: lower-case letters, digits, . _ -");
    }
    if (store.find(req.username()).isPresent()) {
      throw InvalidInput.of("username", "user '" + req.username() + "' already exists");
    }
    var u = new UserAccount(req.username(), encoder.encode(password(req.password())),
        role(req.role()), Instant.now());
    store.put(u);
    audit.record("user.create", u.username(), null, view(u));
    return view(u);
  }

  @PutMapping({AdminPaths.API + "/users/{name}", AdminPaths.CONSOLE_API + "/users/{name}"})
  Map<String, Object> update(@PathVariable("name") String name, @RequestBody UserRequest req) {
    UserAccount before = existing(name);
    UserAccount after = before;
    if (req.role() != null) {
      after = after.withRole(role(req.role()));
      keepOneAdmin(before, after.role());
    }
    if (req.password() != null) {
      after = after.withPasswordHash(encoder.encode(password(req.password())));
    }
    store.put(after);
    var changed = view(after);
    audit.record(req.password() != null ? "user.update+password" : "user.update", name,
        view(before), changed);
    return changed;
  }

  @DeleteMapping({AdminPaths.API + "/users/{name}", AdminPaths.CONSOLE_API + "/users/{name}"})
  Map<String, Object> delete(@PathVariable("name") String name) {
    UserAccount before = existing(name);
    keepOneAdmin(before, null);
    store.remove(name);
    audit.record("user.delete", name, view(before), null);
    return Map.of("deleted", name);
  }

  private UserAccount existing(String name) {
    return store.find(name).orElseThrow(() -> ApiError.notFound("no user '" + name + "'"));
  }

  /** Nobody may remove the last administrator: the console would then be unmanageable. */
  private void keepOneAdmin(UserAccount before, Role newRole) {
    if (before.role() == Role.ADMIN && newRole != Role.ADMIN && store.count(Role.ADMIN) <= 1) {
      throw InvalidInput.of("role", "this is the last ADMIN; make another user ADMIN first");
    }
  }

  private static String password(String p) {
    if (p == null || p.length() < MIN_PASSWORD) {
      throw InvalidInput.of("password", "at least " + MIN_PASSWORD + " characters");
    }
    return p;
  }

  private static Role role(String text) {
    Role r = Role.parse(text);
    if (r == null) {
      throw InvalidInput.of("role", "role must be ADMIN, EDITOR or VIEWER");
    }
    return r;
  }

  static Map<String, Object> view(UserAccount u) {
    return Map.of("username", u.username(), "role", u.role().name(),
        "createdAt", u.createdAt().toString());
  }

  /** Body of create and update; absent fields are left unchanged on update. */
  public record UserRequest(String username, String password, String role) {}
}
