package vn.hcc.bot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminAccessTests extends AdminTestBase {

  @BeforeEach
  void users() throws Exception {
    ensureUser("viewer1", "VIEWER");
    ensureUser("editor1", "EDITOR");
  }

  @Test
  void anonymousGets401OnTheApiAndTheLoginPageInTheConsole() throws Exception {
    assertThat(send("GET", "/api/v1/admin/faqs", null, null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/v1/admin/reports/summary", null, null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/admin/api/faqs", null, null, null).statusCode()).isEqualTo(401);
    var console = send("GET", "/admin/", null, null, null);
    assertThat(console.statusCode()).isEqualTo(302);
    assertThat(console.headers().firstValue("Location").orElse("")).contains("/admin/login");
    var login = send("GET", "/admin/login", null, null, null);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Đăng nhập").contains("_csrf");
  }

  @Test
  void publicEndpointsStayOpen() throws Exception {
    assertThat(send("GET", "/api/v1/search?q=" + enc("quên mật khẩu"), null, null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/faqs/dvc.login-problem", null, null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/actuator/health", null, null, null).statusCode()).isEqualTo(200);
    assertThat(send("POST", "/api/v1/chat", null, null, "{\"userId\":\"a1\",\"text\":\"xin chào\"}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void viewerReadsReportsButCannotEdit() throws Exception {
    assertThat(send("GET", "/api/v1/admin/reports/summary", "viewer1", "viewer1-password", null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/api/v1/admin/faqs", "viewer1", "viewer1-password", null).statusCode()).isEqualTo(403);
    var delete = send("DELETE", "/api/v1/admin/faqs/bot.help", "viewer1", "viewer1-password", null);
    assertThat(delete.statusCode()).isEqualTo(403);
    assertThat(json(delete).path("error").asString()).contains("role");
  }

  @Test
  void editorEditsButCannotManageUsersOrReadTheAudit() throws Exception {
    assertThat(send("GET", "/api/v1/admin/faqs", "editor1", "editor1-password", null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/admin/reports/summary", "editor1", "editor1-password", null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/api/v1/admin/users", "editor1", "editor1-password", null).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/v1/admin/users", "editor1", "editor1-password",
        "{\"username\":\"x\",\"password\":\"yyyyyyyyyyyy\",\"role\":\"ADMIN\"}").statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/admin/audit", "editor1", "editor1-password", null).statusCode()).isEqualTo(403);
  }

  @Test
  void adminManagesUsersWithValidationAndAudit() throws Exception {
    assertThat(admin("POST", "/api/v1/admin/users", "{\"username\":\"Bad Name\",\"password\":\"x\",\"role\":\"ROOT\"}")
        .statusCode()).isEqualTo(400);
    var created = admin("POST", "/api/v1/admin/users",
        "{\"username\":\"temp.user\",\"password\":\"temp-password-1\",\"role\":\"VIEWER\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("passwordHash").doesNotContain("{bcrypt}");
    assertThat(admin("PUT", "/api/v1/admin/users/temp.user", "{\"role\":\"EDITOR\"}").statusCode()).isEqualTo(200);
    assertThat(admin("DELETE", "/api/v1/admin/users/temp.user", null).statusCode()).isEqualTo(200);
    assertThat(admin("DELETE", "/api/v1/admin/users/admin", null).statusCode()).isEqualTo(400);

    var file = dataDir().resolve("users.json");
    assertThat(Files.readString(file)).contains("{bcrypt}").doesNotContain(ADMIN_PASSWORD);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    var audit = get("/api/v1/admin/audit?q=temp.user");
    assertThat(audit.body()).contains("user.create").contains("user.delete").contains("\"user\":\"admin\"");
  }

  @Test
  void fiveWrongPasswordsLockTheAccount() throws Exception {
    ensureUser("locky", "VIEWER");
    for (int i = 0; i < 5; i++) {
      assertThat(send("GET", "/api/v1/admin/reports/summary", "locky", "wrong", null).statusCode()).isEqualTo(401);
    }
    assertThat(send("GET", "/api/v1/admin/reports/summary", "locky", "locky-password", null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void consoleWritesNeedTheCsrfToken() throws Exception {
    var req = HttpRequest.newBuilder(URI.create(url("/admin/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build();
    var res = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(403);
  }
}
