package vn.hcc.bot.app.admin.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the two console pages from {@code templates/admin/}, filling in the CSRF token (the
 * console's scripts send it back as a header) and the user's name and roles.
 */
@Controller
public class ConsoleController {

  @GetMapping("/admin/login")
  ResponseEntity<String> login(CsrfToken csrf) {
    return html(page("login.html").replace("{{csrfParam}}", csrf.getParameterName())
        .replace("{{csrf}}", HtmlUtils.htmlEscape(csrf.getToken())));
  }

  @GetMapping({"/admin", "/admin/"})
  ResponseEntity<String> index(CsrfToken csrf, Authentication user) {
    String roles = user.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", ""))
        .collect(Collectors.joining(" "));
    return html(page("index.html")
        .replace("{{csrf}}", HtmlUtils.htmlEscape(csrf.getToken()))
        .replace("{{csrfHeader}}", csrf.getHeaderName())
        .replace("{{user}}", HtmlUtils.htmlEscape(user.getName()))
        .replace("{{roles}}", HtmlUtils.htmlEscape(roles)));
  }

  private static ResponseEntity<String> html(String body) {
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store").body(body);
  }

  private static String page(String name) {
    try (InputStream in = ConsoleController.class.getClassLoader()
        .getResourceAsStream("templates/admin/" + name)) {
      if (in == null) {
        throw new IOException("missing console template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
