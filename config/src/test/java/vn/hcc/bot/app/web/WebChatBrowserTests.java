package vn.hcc.bot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hcc.bot.app.admin.tickets.WebOutbox;

/**
 * The web-chat page in a real headless Chromium (Debian's chromium and chromium-driver, never a
 * download). In CI (CI=true) a missing browser is a failure; on a developer machine without
 * /usr/bin/chromium the class is skipped. HCC_BROWSER_TESTS=off, the switch .ci/run also honours,
 * turns these tests off explicitly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bot.data-dir=${java.io.tmpdir}/hcc-bot-webchat-${random.uuid}")
class WebChatBrowserTests {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "webchat-screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private static ChromeDriver driver;
  private static Path profileDir;

  @Value("${local.server.port}")
  int port;

  @Autowired
  WebOutbox outbox;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeFalse("off".equalsIgnoreCase(System.getenv("HCC_BROWSER_TESTS")),
        "HCC_BROWSER_TESTS=off");
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String msg = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + " (apt-get install -y chromium chromium-driver)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(msg);
      }
      Assumptions.abort(msg + "; skipped because CI is not 'true'");
    }
    // Selenium Manager must never run (it would try to download a browser); SE_* properties are
    // passed to it as settings should anything still call it.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profileDir = Files.createTempDirectory("hcc-bot-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=390,844", "--user-data-dir=" + profileDir);
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profileDir != null) {
      try (Stream<Path> files = Files.walk(profileDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void openPage() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get("http://127.0.0.1:" + port + "/");
    waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chip--quick"), 4));
  }

  // ---------- helpers ----------

  private static WebDriverWait waitFor() {
    return new WebDriverWait(driver, WAIT);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static List<WebElement> botRows() {
    return driver.findElements(By.cssSelector(".msg--bot:not(.msg--typing)"));
  }

  private static List<WebElement> userBubbles() {
    return driver.findElements(By.cssSelector(".bubble--user"));
  }

  /** Waits until a bot message after the first {@code before} ones contains {@code text}; returns it. */
  private static WebElement waitForBotText(int before, String text) {
    return waitFor().until(d -> {
      List<WebElement> rows = botRows();
      for (int i = before; i < rows.size(); i++) {
        if (rows.get(i).findElement(By.cssSelector(".bubble")).getText().contains(text)) {
          return rows.get(i);
        }
      }
      return null;
    });
  }

  /** Records whether the typing indicator (with its animated dots) appeared since the last call. */
  private static void watchTypingIndicator() {
    js("window.__typing = {seen: false, animated: false};"
        + "new MutationObserver(function () {"
        + "  var dot = document.querySelector('.msg--typing .typing__dot');"
        + "  if (dot) { window.__typing.seen = true;"
        + "    window.__typing.animated = getComputedStyle(dot).animationName === 'typing-bounce'; }"
        + "}).observe(document.getElementById('messages'), {childList: true, subtree: true});");
  }

  private static void assertNoHorizontalScroll() {
    Boolean fits = (Boolean) js("var d = document.documentElement, m = document.getElementById('messages');"
        + "return d.scrollWidth <= d.clientWidth && document.body.scrollWidth <= d.clientWidth"
        + " && m.scrollWidth <= m.clientWidth;");
    assertThat(fits).as("no horizontal scroll").isTrue();
  }

  private static void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static WebElement input() {
    return driver.findElement(By.id("input"));
  }

  private static String visitorId() {
    return (String) js("return localStorage.getItem('hcc-bot.visitorId');");
  }

  private static List<WebElement> staffAnswers() {
    return driver.findElements(By.cssSelector(".msg--staff-answer .bubble"));
  }

  // ---------- tests ----------

  @Test
  void aConversationOnAPhone() throws IOException {
    assertThat(driver.getTitle()).isEqualTo("Trợ lý Hành chính công");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Trợ lý Hành chính công");
    assertThat(((Number) js("return window.innerWidth;")).intValue()).isEqualTo(390);
    WebElement list = driver.findElement(By.id("messages"));
    assertThat(list.getAttribute("aria-live")).isEqualTo("polite");
    assertThat(driver.findElement(By.cssSelector("label[for=input]")).getAttribute("textContent")).isNotBlank();
    assertThat(driver.findElement(By.id("send")).getAttribute("aria-label")).isNotBlank();
    assertNoHorizontalScroll();
    screenshot("phone-1-welcome");

    // A typed question (no diacritics), sent with Enter: typing indicator, then the answer.
    watchTypingIndicator();
    int bots = botRows().size();
    input().sendKeys("quen mat khau dang nhap dich vu cong", Keys.ENTER);
    waitFor().until(d -> !userBubbles().isEmpty());
    assertThat(userBubbles().get(userBubbles().size() - 1).getText())
        .endsWith("quen mat khau dang nhap dich vu cong");
    assertThat(input().getAttribute("value")).isEmpty();
    WebElement answer = waitForBotText(bots, "Quên mật khẩu");
    assertThat((Boolean) js("return window.__typing.seen;")).as("typing indicator shown").isTrue();
    assertThat((Boolean) js("return window.__typing.animated;")).as("typing dots animate").isTrue();
    assertThat(driver.findElements(By.cssSelector(".msg--typing"))).isEmpty();
    List<WebElement> ratings = answer.findElements(By.cssSelector(".actions--rating button"));
    assertThat(ratings).extracting(WebElement::getText)
        .anyMatch(t -> t.contains("👍")).anyMatch(t -> t.contains("👎"));
    for (WebElement link : answer.findElements(By.cssSelector("a.chip--link"))) {
      assertThat(link.getAttribute("href")).startsWith("https://");
      assertThat(link.getAttribute("target")).isEqualTo("_blank");
      assertThat(link.getAttribute("rel")).contains("noopener");
    }
    assertThat(answer.findElements(By.cssSelector("a.chip--link"))).isNotEmpty();
    // Line breaks in the answer are kept.
    assertThat(answer.findElement(By.cssSelector(".bubble")).getText()).contains("\n");
    assertNoHorizontalScroll();
    screenshot("phone-2-answer");

    // 👍 is sent as a button: its label shows as the user's message and the bot thanks.
    WebElement up = ratings.stream().filter(b -> b.getText().contains("👍")).findFirst().orElseThrow();
    bots = botRows().size();
    up.click();
    waitForBotText(bots, "Cảm ơn Anh/Chị đã đánh giá");
    assertThat(userBubbles().get(userBubbles().size() - 1).getText()).contains("👍");
    assertThat(up.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(up.isEnabled()).isFalse();
    screenshot("phone-3-rated");

    // A related-entry button from the answer gets its own answer.
    WebElement related = answer.findElement(By.cssSelector(".actions:not(.actions--rating) button"));
    String label = related.getText();
    int beforeRelated = botRows().size();
    related.click();
    WebElement relatedAnswer = waitFor().until(d -> botRows().size() > beforeRelated
        && !botRows().get(beforeRelated).findElements(By.cssSelector(".actions--rating button")).isEmpty()
        ? botRows().get(beforeRelated) : null);
    assertThat(userBubbles().get(userBubbles().size() - 1).getText()).endsWith(label);
    assertThat(relatedAnswer.findElement(By.cssSelector(".bubble")).getText()).isNotBlank();

    // A quick-start chip sends its text.
    int menuBots = botRows().size();
    driver.findElements(By.cssSelector(".chip--quick")).get(0).click();
    WebElement menu = waitForBotText(menuBots, "nhóm thủ tục");
    assertThat(menu.findElements(By.cssSelector(".actions button"))).hasSizeGreaterThan(3);
    assertThat(userBubbles().get(userBubbles().size() - 1).getText()).endsWith("Menu");
    assertNoHorizontalScroll();
    screenshot("phone-4-menu");
  }

  @Test
  void urlsInTheTextBecomeSafeLinks() {
    int bots = botRows().size();
    input().sendKeys("cong dich vu cong quoc gia dia chi la gi", Keys.ENTER);
    WebElement answer = waitForBotText(bots, "dichvucong.gov.vn");
    List<WebElement> links = answer.findElements(By.cssSelector(".bubble a.inline-link"));
    assertThat(links).isNotEmpty();
    WebElement national = links.stream().filter(a -> a.getText().contains("dichvucong.gov.vn"))
        .findFirst().orElseThrow();
    assertThat(national.getText()).isEqualTo("https://dichvucong.gov.vn");  // ";" after it is not part of it
    assertThat(national.getAttribute("target")).isEqualTo("_blank");
    assertThat(national.getAttribute("rel")).contains("noopener");
    assertNoHorizontalScroll();
  }

  @Test
  void htmlTypedByTheUserIsShownAsText() {
    int bots = botRows().size();
    input().sendKeys("<img src=x onerror=\"window.__xss=1\"><b>hộ chiếu</b>", Keys.ENTER);
    waitFor().until(d -> botRows().size() > bots);
    assertThat(userBubbles().get(userBubbles().size() - 1).getText()).contains("<b>hộ chiếu</b>");
    assertThat(driver.findElements(By.cssSelector(".bubble img, .bubble b"))).isEmpty();
    assertThat(js("return window.__xss === undefined;")).isEqualTo(true);
  }

  @Test
  void shiftEnterIsANewLineAndTheInputIsCappedAt2000Characters() {
    input().sendKeys("dòng một", Keys.chord(Keys.SHIFT, Keys.ENTER), "dòng hai");
    assertThat(input().getAttribute("value")).isEqualTo("dòng một\ndòng hai");
    assertThat(userBubbles()).isEmpty();
    input().clear();
    input().sendKeys("a".repeat(2_050));
    assertThat(input().getAttribute("value")).hasSize(2_000);
    assertThat(driver.findElement(By.id("counter")).getText()).contains("2.000");
  }

  @Test
  void networkErrorIsPoliteAndKeepsTheTypedText() throws IOException {
    js("window.fetch = function () { return Promise.reject(new TypeError('offline')); };");
    input().sendKeys("làm hộ chiếu", Keys.ENTER);
    waitForBotText(0, "Xin lỗi, kết nối đang gián đoạn. Anh/Chị vui lòng thử lại.");
    assertThat(input().getAttribute("value")).isEqualTo("làm hộ chiếu");
    // An HTTP error is handled the same way.
    js("window.fetch = function () { return Promise.resolve(new Response('{\"error\":\"x\"}',"
        + " {status: 500, headers: {'Content-Type': 'application/json'}})); };");
    int errors = driver.findElements(By.cssSelector(".msg--error")).size();
    driver.findElement(By.id("send")).click();
    waitFor().until(d -> d.findElements(By.cssSelector(".msg--error")).size() > errors);
    assertThat(input().getAttribute("value")).isEqualTo("làm hộ chiếu");
    screenshot("phone-5-network-error");
  }

  @Test
  void theVisitorIdIsAStableUuidInLocalStorage() {
    String id = (String) js("return localStorage.getItem('hcc-bot.visitorId');");
    assertThat(id).matches(UUID_PATTERN);
    driver.navigate().refresh();
    waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chip--quick"), 4));
    assertThat(js("return localStorage.getItem('hcc-bot.visitorId');")).isEqualTo(id);
  }

  @Test
  void staffAnswersToTheVisitorsFeedbackAppearOnceAsTextAndStayUntilShown() throws IOException {
    String id = visitorId();
    assertThat(id).matches(UUID_PATTERN);
    assertThat(staffAnswers()).isEmpty();
    outbox.put(id, "Cảm ơn Anh/Chị đã góp ý.\nLịch tiếp dân: https://example.gov.vn/lich <b>thứ Bảy</b>"
        + "<img src=x onerror=\"window.__xss=1\">");

    // Shown when the page opens (the visitor comes back).
    driver.navigate().refresh();
    WebElement answer = waitFor().until(d -> staffAnswers().isEmpty() ? null : staffAnswers().get(0));
    String shown = answer.getText();
    assertThat(shown).startsWith("Cán bộ Trung tâm đã phản hồi góp ý của Anh/Chị")
        .contains("Cảm ơn Anh/Chị đã góp ý.\nLịch tiếp dân:")
        .contains("<b>thứ Bảy</b><img src=x onerror=\"window.__xss=1\">");
    assertThat(answer.findElements(By.cssSelector("b, img"))).isEmpty();
    assertThat(js("return window.__xss === undefined;")).isEqualTo(true);
    WebElement link = answer.findElement(By.cssSelector("a.inline-link"));
    assertThat(link.getAttribute("href")).isEqualTo("https://example.gov.vn/lich");
    assertThat(link.getAttribute("rel")).contains("noopener");
    // After the welcome, as a bot message.
    List<WebElement> bots = botRows();
    assertThat(bots.get(0).getAttribute("class")).contains("msg--welcome");
    assertThat(bots.get(bots.size() - 1).getAttribute("class")).contains("msg--staff-answer");
    assertNoHorizontalScroll();
    screenshot("phone-6-staff-answer");

    // Kept until the browser says it has shown it; the next call says so, and it is not shown again.
    assertThat(outbox.waiting(id)).hasSize(1);
    assertThat(Long.parseLong((String) js("return localStorage.getItem('hcc-bot.shownMessage');")))
        .isPositive();
    driver.navigate().refresh();
    waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chip--quick"), 4));
    waitFor().until(d -> outbox.waiting(id).isEmpty());
    int bots2 = botRows().size();
    input().sendKeys("làm hộ chiếu", Keys.ENTER);
    waitForBotText(bots2, "hộ chiếu");
    assertThat(staffAnswers()).isEmpty();

    // An answer given while the page is open shows up after the visitor's next turn.
    outbox.put(id, "Hồ sơ góp ý của Anh/Chị đã được chuyển phòng chuyên môn.");
    int bots3 = botRows().size();
    input().sendKeys("cảm ơn", Keys.ENTER);
    WebElement later = waitForBotText(bots3, "đã được chuyển phòng chuyên môn");
    assertThat(later.getAttribute("class")).contains("msg--staff-answer");
    assertThat(staffAnswers()).hasSize(1);

    // And without a turn when the visitor comes back to the tab (besides the check every minute);
    // that call also acknowledges the answer above, which is not shown twice.
    outbox.put(id, "Phản hồi bổ sung cho góp ý của Anh/Chị.");
    js("document.dispatchEvent(new Event('visibilitychange'));");
    waitFor().until(d -> staffAnswers().size() == 2);
    assertThat(staffAnswers().get(1).getText()).endsWith("Phản hồi bổ sung cho góp ý của Anh/Chị.");
    assertThat(outbox.waiting(id)).containsExactly("Phản hồi bổ sung cho góp ý của Anh/Chị.");
    js("document.dispatchEvent(new Event('visibilitychange'));");
    waitFor().until(d -> outbox.waiting(id).isEmpty());
    assertThat(staffAnswers()).hasSize(2);
  }

  @Test
  void fitsALaptopScreen() throws IOException {
    driver.manage().window().setSize(new Dimension(1280, 800));
    int bots = botRows().size();
    input().sendKeys("làm hộ chiếu", Keys.ENTER);
    waitForBotText(bots, "hộ chiếu");
    assertNoHorizontalScroll();
    WebElement composer = driver.findElement(By.id("composer"));
    long bottom = ((Number) js("return Math.round(arguments[0].getBoundingClientRect().bottom);", composer))
        .longValue();
    assertThat(bottom).isEqualTo(((Number) js("return window.innerHeight;")).longValue());
    screenshot("laptop-1-answer");
    js("var m = document.getElementById('messages'); m.scrollTop = m.scrollHeight;");
    screenshot("laptop-2-buttons");
  }
}
