package vn.hcc.bot.app.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Public endpoints (chat, search, FAQs, webhooks, health, the web-chat page) are open; the admin
 * console and API need a user. Webhooks are authenticated by their own signatures instead.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/admin/**", "/api/v1/admin/**").authenticated()
            .anyRequest().permitAll())
        .csrf(c -> c.ignoringRequestMatchers("/api/**", "/webhooks/**"))
        .httpBasic(Customizer.withDefaults())
        .formLogin(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The first admin: password from BOT_ADMIN_PASSWORD, or a random one printed once. */
  @Bean
  UserDetailsService users(Environment env, PasswordEncoder encoder) {
    String password = env.getProperty("BOT_ADMIN_PASSWORD");
    if (password == null || password.isBlank()) {
      byte[] b = new byte[12];
      new SecureRandom().nextBytes(b);
      password = HexFormat.of().formatHex(b);
      log.warn("No BOT_ADMIN_PASSWORD set: the admin console password for user 'admin' is {}", password);
    }
    return new InMemoryUserDetailsManager(
        User.withUsername("admin").password(encoder.encode(password)).roles("ADMIN").build());
  }
}
