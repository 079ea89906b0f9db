package vn.hcc.bot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.bot.app.admin.io.XlsxFormat;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;
import vn.hcc.bot.knowledge.FaqEntry;

/** The console in real headless Chromium (started once for the class), in Vietnamese. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBrowserTests extends AdminTestBase {
  static WebDriver driver;
  static WebDriverWait wait;
  static Path profile;

  @Autowired
  QuestionLog log;

  @BeforeAll
  static void chromium() throws Exception {
    profile = Files.createTempDirectory("hcc-chrome");
    var service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    var options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  private WebElement waitFor(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  @Order(1)
  void logsInWithTheVietnameseForm() {
    driver.get(url("/admin/"));
    waitFor("#username").sendKeys("admin");
    driver.findElement(By.id("password")).sendKeys("wrong-password");
    driver.findElement(By.id("login")).click();
    assertThat(waitFor("[data-when=error]").getText()).contains("không đúng");
    driver.findElement(By.id("username")).sendKeys("admin");
    driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
    driver.findElement(By.id("login")).click();
    assertThat(waitFor("#view h1").getText()).isEqualTo("Kho câu hỏi");
    assertThat(waitFor("tr[data-id='dvc.login-problem']").getText()).isNotBlank();
  }

  @Test
  @Order(2)
  void editingAnEntryChangesTheBotsAnswer() throws Exception {
    driver.get(url("/admin/#/faq/dvc.login-problem"));
    WebElement answer = waitFor("#f-answer");
    wait.until(d -> !answer.getAttribute("value").isEmpty());
    answer.sendKeys("\nMẹo từ trình duyệt: thử lại sau 5 phút.");
    driver.findElement(By.id("save")).click();
    assertThat(waitFor("#saved").getText()).contains("Đã lưu");
    wait.until(d -> d.findElement(By.id("preview-out")).getText().contains("Mẹo từ trình duyệt"));
    var chat = HttpRequest.newBuilder(URI.create(url("/api/v1/chat")))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"userId\":\"browser-1\",\"text\":\"quên mật khẩu đăng nhập dịch vụ công\"}")).build();
    String replies = HTTP.send(chat, HttpResponse.BodyHandlers.ofString()).body();
    assertThat(replies).contains("Mẹo từ trình duyệt");
  }

  @Test
  @Order(3)
  void importsASpreadsheetWithAnErrorThenAGoodOne() throws Exception {
    FaqEntry e = XlsxFormat.readEntries(exportXlsx()).rows().get(0).entry();
    var broken = new FaqEntry(e.id(), e.audience(), e.category(), e.question(), e.alternates().subList(0, 2),
        e.answer(), e.links(), e.legalBasis(), e.reviewedOn(), e.related());
    Path bad = Files.createTempFile("kb-loi", ".xlsx");
    Files.write(bad, XlsxFormat.writeEntries(java.util.List.of(broken), null));
    driver.get(url("/admin/#/import"));
    waitFor("#import-file").sendKeys(bad.toString());
    driver.findElement(By.id("import-btn")).click();
    assertThat(waitFor("#import-result [role=alert]").getText()).contains("Không nhập gì");
    assertThat(waitFor("tr.import-error").getText()).contains("2").contains("alternates");

    var fixed = new FaqEntry(e.id(), e.audience(), e.category(), e.question() + " (bản nhập)", e.alternates(),
        e.answer(), e.links(), e.legalBasis(), e.reviewedOn(), e.related());
    Path good = Files.createTempFile("kb-dung", ".xlsx");
    Files.write(good, XlsxFormat.writeEntries(java.util.List.of(fixed), null));
    driver.findElement(By.id("import-file")).sendKeys(good.toString());
    driver.findElement(By.id("import-btn")).click();
    assertThat(waitFor("#import-result [role=status]").getText()).contains("cập nhật 1");
  }

  @Test
  @Order(4)
  void opensTheReportWithItsCharts() {
    var now = Instant.now();
    var entries = new ArrayList<QuestionLogEntry>();
    entries.add(new QuestionLogEntry(now, "zalo", "b1", "bm1", "nộp phí online", OutcomeType.ANSWER,
        "fee.pay-online", "fee", 0.9, null, null, 40, null, null));
    entries.add(new QuestionLogEntry(now, "telegram", "b2", "bm2", "giá vàng", OutcomeType.DECLINE,
        null, null, 0.1, null, null, 40, null, null));
    entries.forEach(log::append);
    driver.get(url("/admin/#/reports"));
    waitFor("#report-load").click();
    wait.until(d -> d.findElements(By.cssSelector("#report-out svg.chart")).size() >= 3);
    assertThat(driver.findElement(By.id("report-out")).getText()).contains("Câu hỏi theo ngày").contains("Zalo");
    assertThat(driver.findElements(By.cssSelector("#report-out svg.chart rect"))).isNotEmpty();
  }

  private byte[] exportXlsx() throws Exception {
    var req = HttpRequest.newBuilder(URI.create(url("/api/v1/admin/faqs/export?format=xlsx")))
        .header("Authorization", AdminImportExportTests.basic()).GET().build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray()).body();
  }
}
