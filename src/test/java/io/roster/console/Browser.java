package io.roster.console;

import io.roster.testing.AdminApi;
import io.roster.testing.Keycloak;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the console tests (Debian's {@code chromium} and {@code chromium-driver};
 * {@code .ci/run} installs them). Without them the tests are skipped with a message saying so,
 * never passed silently. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("roster.screenshots", "target/screenshots"));

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  public static Browser open() {
    boolean chromium = Files.isExecutable(CHROMIUM);
    boolean chromedriver = Files.isExecutable(CHROMEDRIVER);
    Assumptions.assumeTrue(
        chromium || chromedriver,
        "SKIPPED: the console's browser tests need /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install -y chromium chromium-driver; .ci/run does this)");
    if (!chromium || !chromedriver) {
      throw new IllegalStateException(
          "Half a browser: install both chromium and chromium-driver (found only "
              + (chromium ? CHROMIUM : CHROMEDRIVER)
              + ")");
    }
    try {
      Path profile = Files.createTempDirectory("roster-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--hide-scrollbars",
          "--window-size=1360,900",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Browser get(String path) {
    driver.get(AdminApi.BASE + path);
    return this;
  }

  /** Opens {@code url} outside Roster, such as an identity provider's page. */
  public Browser visit(String url) {
    driver.get(url);
    return this;
  }

  public WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public String text(String css) {
    return find(css).getText();
  }

  public void type(String css, String text) {
    WebElement input = find(css);
    input.clear();
    input.sendKeys(text);
  }

  /** Waits until the element {@code css} shows {@code text} (among its text). */
  public void waitForText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** Waits until the address bar holds {@code part}: a click's navigation finishes later. */
  public String waitForUrl(String part) {
    wait.until(ExpectedConditions.urlContains(part));
    return driver.getCurrentUrl();
  }

  /** Accepts the confirmation the page asks for (a {@code confirm()} dialog). */
  public void confirm() {
    wait.until(ExpectedConditions.alertIsPresent()).accept();
  }

  /** How many elements match {@code css} now, without waiting. */
  public int count(String css) {
    return driver.findElements(By.cssSelector(css)).size();
  }

  void login(String user, String password) {
    get("/console/login.xhtml");
    type("#login\\:userName", user);
    type("#login\\:password", password);
    find("#login\\:submit").click();
  }

  public void loginAsAdmin() {
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    login(AdminApi.USER, AdminApi.PASSWORD);
    find(".who-name");
  }

  /** Signs in as {@code user} on the Keycloak login page the browser is on. */
  public void signInAtKeycloak(String user) {
    type("#username", user);
    type("#password", Keycloak.password(user));
    find("#kc-login").click();
  }

  /** A PNG of the page as a user sees it, taller pages captured whole up to 2,400 px. */
  public void screenshot(String name) {
    Dimension before = driver.manage().window().getSize();
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    int tall = Math.min(2400, Math.max(before.getHeight(), height.intValue() + 120));
    driver.manage().window().setSize(new Dimension(before.getWidth(), tall));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
