package org.accord.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium logged into Camunda Tasklist, with the few moves a user makes on a
 * form-js form. CI installs chromium and chromium-driver; without them the browser tests are
 * skipped, and say so.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  private Browser(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.baseUrl = baseUrl;
  }

  public static Browser open(int port) {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
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
        "--window-size=1400,1100");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
  }

  public Browser logInToTasklist(String user) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/login");
    // On a cold start Tasklist can render its login form before Angular binds it; a user would
    // simply press the button again.
    for (int attempt = 1; ; attempt++) {
      WebElement name =
          wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=text]")));
      name.clear();
      name.sendKeys(user);
      WebElement password = driver.findElement(By.cssSelector("input[type=password]"));
      password.clear();
      password.sendKeys(Api.PASSWORD);
      driver.findElement(By.cssSelector("button[type=submit]")).click();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Start process")));
        return this;
      } catch (TimeoutException notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
  }

  /** One of Accord's own pages, in the browser's session; waits for its script to finish. */
  public Browser openPage(String path, String readySelector) {
    driver.get(baseUrl + path);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readySelector)));
    return this;
  }

  public String text(String cssSelector) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)))
        .getText();
  }

  /** Types into a plain input of one of Accord's own pages, as a user does. */
  public Browser fill(String cssSelector, String text) {
    WebElement input =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Clicks what the selector finds once it is visible and enabled. */
  public Browser clickOn(String cssSelector) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))));
    return this;
  }

  /** Waits until the page has an element the selector finds (a page's script may add it). */
  public Browser await(String cssSelector) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    return this;
  }

  /** Waits until the browser has gone to an address that contains this. */
  public Browser awaitUrl(String part) {
    wait.until(ExpectedConditions.urlContains(part));
    return this;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /** What a script run in the page returns: numbers, strings, lists and maps of them. */
  public Object evaluate(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** The whole page, as the user sees it at the window's width. */
  public Path screenshot(Path file) throws java.io.IOException {
    Object height = evaluate("return document.documentElement.scrollHeight;");
    driver
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(1400, ((Number) height).intValue()));
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        ((org.openqa.selenium.TakesScreenshot) driver)
            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    return file;
  }

  public Browser openStartForm(String processName) {
    driver.findElement(By.partialLinkText("Start process")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(processName))).click();
    waitForForm();
    return this;
  }

  public Browser openTask(String taskId) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    waitForForm();
    return this;
  }

  /** The tasks listed under the selected filter, as the text of each entry. */
  public List<String> taskList() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list")));
    wait.until(driver -> !driver.findElements(By.cssSelector(".tasks-list > li")).isEmpty());
    return driver.findElements(By.cssSelector(".tasks-list > li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public Browser type(String key, String text) {
    WebElement field = field(key, "");
    field.clear();
    field.sendKeys(text);
    return this;
  }

  public Browser date(String key, String mmddyyyy) {
    WebElement field = field(key, "-date");
    field.sendKeys(mmddyyyy);
    field.sendKeys(org.openqa.selenium.Keys.ENTER);
    return this;
  }

  public Browser select(String key, String label) {
    field(key, "-display").click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='"
                        + label
                        + "']")))
        .click();
    return this;
  }

  public Browser tick(String label) {
    click(driver.findElement(By.xpath("//label[normalize-space()='" + label + "']")));
    return this;
  }

  public String value(String key) {
    return field(key, "").getAttribute("value");
  }

  public String title() {
    return driver.getTitle();
  }

  public boolean hasElement(String cssSelector) {
    return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
  }

  public boolean hasField(String key) {
    return !driver.findElements(By.cssSelector("[id$='-Field_" + key + "']")).isEmpty();
  }

  public Browser claim() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".claim")));
    return this;
  }

  public Browser submitStartForm() {
    driver.findElement(By.cssSelector("button[ng-click='startProcessInstance()']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    return this;
  }

  public Browser completeTask() {
    click(
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Complete']"))));
    return this;
  }

  /**
   * Tasklist's fixed footer covers the bottom of long forms, and its notice that a task was claimed
   * floats over the Complete button for a few seconds, as it does for a user, who waits for it.
   */
  private void click(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.ignoring(ElementClickInterceptedException.class)
        .until(
            ready -> {
              element.click();
              return true;
            });
  }

  private WebElement field(String key, String suffix) {
    return wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id$='-Field_" + key + suffix + "']")));
  }

  private void waitForForm() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
