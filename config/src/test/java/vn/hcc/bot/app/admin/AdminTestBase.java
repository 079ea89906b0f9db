package vn.hcc.bot.app.admin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared set-up of the admin tests: one application (same properties, so Spring reuses the context
 * across test classes) on a random port with a fresh data dir, and HTTP helpers with Basic auth.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bot.data-dir=${java.io.tmpdir}/hcc-admin-test-${random.uuid}",
        "BOT_ADMIN_PASSWORD=" + AdminTestBase.ADMIN_PASSWORD,
        "bot.locality.hotline=1900 0000 (thử nghiệm)"})
public abstract class AdminTestBase {
  public static final String ADMIN_PASSWORD = "admin-test-password";
  protected static final HttpClient HTTP = HttpClient.newHttpClient();
  protected static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  protected int port;

  @org.springframework.beans.factory.annotation.Autowired
  protected vn.hcc.bot.app.BotProperties props;

  /** The data dir of the running app (a fresh temp dir per test context). */
  protected java.nio.file.Path dataDir() {
    return props.getDataDir();
  }

  protected String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  protected static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  protected HttpResponse<String> send(String method, String path, String user, String password,
      String json) throws Exception {
    var b = HttpRequest.newBuilder(URI.create(url(path)));
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  protected HttpResponse<String> admin(String method, String path, String json) throws Exception {
    return send(method, path, "admin", ADMIN_PASSWORD, json);
  }

  protected HttpResponse<String> get(String path) throws Exception {
    return admin("GET", path, null);
  }

  protected static JsonNode json(HttpResponse<String> res) {
    return JSON.readTree(res.body());
  }

  /** Creates a user with a role (idempotent across test classes sharing the context). */
  protected void ensureUser(String name, String role) throws Exception {
    admin("POST", "/api/v1/admin/users", "{\"username\":\"" + name + "\",\"password\":\""
        + name + "-password\",\"role\":\"" + role + "\"}");
  }
}
