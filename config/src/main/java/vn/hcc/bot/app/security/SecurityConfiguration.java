package vn.hcc.bot.app.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.hcc.bot.app.BotProperties;
import vn.hcc.bot.app.admin.users.AccountDetailsService;
import vn.hcc.bot.app.admin.users.FirstAdmin;
import vn.hcc.bot.app.admin.users.LoginAttempts;
import vn.hcc.bot.app.admin.users.UserStore;

/**
 * Four filter chains. Webhooks (/webhooks/**) get a bare one. The admin API (/api/v1/admin/**) is for scripts: HTTP Basic, no session, no
 * CSRF (no cookie is ever trusted there). The console (/admin/**, including its own /admin/api/**)
 * uses a form login, a session and CSRF tokens. Everything else is public; webhooks check their own
 * signatures. Which role may call what is declared on the controllers (@PreAuthorize).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

  /**
   * Platform webhooks authenticate each request by its own signature or secret header, so the
   * chain holds no session, cookie, CSRF or login machinery: under load every filter saved is
   * CPU the turn can use.
   */
  @Bean
  @Order(0)
  SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
    http.securityMatcher("/webhooks/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .securityContext(c -> c.disable())
        .sessionManagement(s -> s.disable())
        .anonymous(a -> a.disable());
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/v1/admin/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.realmName("hcc-bot admin"))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain console(HttpSecurity http) throws Exception {
    var consoleApi = PathPatternRequestMatcher.withDefaults().matcher("/admin/api/**");
    http.securityMatcher("/admin/**", "/admin")
        .authorizeHttpRequests(a -> a
            .requestMatchers("/admin/login", "/admin/assets/**").permitAll()
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/admin/login").loginProcessingUrl("/admin/login")
            .defaultSuccessUrl("/admin/", true)
            .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath()
                + "/admin/login?" + (e instanceof LockedException ? "locked" : "error")))
            .permitAll())
        .logout(l -> l.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), consoleApi)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/admin/login"),
                PathPatternRequestMatcher.withDefaults().matcher("/**")))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                + "frame-ancestors 'none'")));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain publicEndpoints(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.ignoringRequestMatchers("/api/**"))
        .httpBasic(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_VIEWER");
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  LoginAttempts loginAttempts() {
    return new LoginAttempts(Clock.systemUTC());
  }

  /** Users from users.json under the data dir; the first admin is created when there are none. */
  @Bean
  UserStore userStore(BotProperties props, PasswordEncoder encoder, Environment env) {
    var store = new UserStore(props.getDataDir().resolve("users.json"));
    FirstAdmin.ensure(store, encoder, env.getProperty("BOT_ADMIN_PASSWORD"));
    return store;
  }

  @Bean
  UserDetailsService users(UserStore store, LoginAttempts attempts) {
    return new AccountDetailsService(store, attempts);
  }
}
