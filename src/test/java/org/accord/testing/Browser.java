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
    return open(port, "en-US");
  }

  /** A browser whose user reads this language first (its Accept-Language, navigator.languages). */
  public static Browser open(int port, String language) {
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
        "--window-size=1400,1100",
        "--lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
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
        // Accord's script marks the page with the user's role once Tasklist has logged them in.
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("body.accord-agency, body.accord-partner")));
        return this;
      } catch (TimeoutException notYet) {
        if (driver.findElements(By.cssSelector("input[type=password]")).isEmpty()) {
          // Logged in: the page is loading again in the user's own language (accord-language.js),
          // every script of Tasklist fetched again: on a busy two-core machine, tens of seconds.
          new WebDriverWait(driver, Duration.ofSeconds(60))
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("body.accord-agency, body.accord-partner")));
          return this;
        }
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

  /** Chooses a file for a file input of one of Accord's own pages, as a user's file dialog does. */
  public Browser attach(String cssSelector, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)))
        .sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Chooses the option of this value in a plain select of one of Accord's own pages. */
  public Browser choose(String cssSelector, String value) {
    new org.openqa.selenium.support.ui.Select(
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))))
        .selectByValue(value);
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

  /**
   * The processes Tasklist's Start process dialog offers, once it lists {@code expected}: the
   * dialog stays open.
   */
  public List<String> startableProcesses(String expected) {
    driver.findElement(By.partialLinkText("Start process")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(expected)));
    return driver.findElements(By.cssSelector(".modal-dialog a")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .toList();
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

  /** A searchable select or a tag list: types into its search and picks the option shown. */
  public Browser search(String key, String text, String label) {
    WebElement field = field(key, "");
    field.sendKeys(text);
    click(
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='"
                        + label
                        + "']"))));
    // A tag list keeps its list open while it has the focus, over the fields below it.
    ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", field);
    return this;
  }

  /** The options a searchable select or tag list offers for what is typed into its search. */
  public List<String> optionsFor(String key, String text) {
    WebElement field = field(key, "");
    field.clear();
    field.sendKeys(text);
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-dropdownlist-item")));
    List<String> options =
        driver.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .map(WebElement::getText)
            .toList();
    field.clear();
    return options;
  }

  /** The message shown under a field, as the user reads it. */
  public String errorOf(String key) {
    WebElement error =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id$='-Field_" + key + "-error-message'] li")));
    wait.until(ready -> error.getAttribute("data-plain") != null);
    return error.getAttribute("data-plain");
  }

  /** Clicks Start in the start dialog, whatever then happens. */
  public Browser pressStart() {
    click(driver.findElement(By.cssSelector("button[ng-click='startProcessInstance()']")));
    return this;
  }

  /** Tasklist's Add Comment on the open task. */
  public Browser addComment(String message) {
    click(
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.createCommentLink"))));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("comment-form-message")))
        .sendKeys(message);
    click(driver.findElement(By.cssSelector(".modal-footer button[type=submit]")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("comment-form-message")));
    return this;
  }

  /** Whether the open task's History tab shows this text. */
  public boolean historyShows(String text) {
    click(
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='History']"))));
    wait.until(
        shown ->
            shown
                    .findElements(By.xpath("//*[contains(normalize-space(), \"" + text + "\")]"))
                    .size()
                > 0);
    return true;
  }

  /** The refusal Tasklist shows after Complete or Start, as the user reads it. */
  public String refusal() {
    // Tasklist keeps hidden alerts in the page for later use.
    return wait.until(
        shown ->
            shown.findElements(By.cssSelector(".alert-danger")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse(null));
  }

  /** A click on the shaded page beside an open dialog. */
  public Browser clickBesideDialog() {
    WebElement modal = driver.findElement(By.cssSelector(".modal"));
    new org.openqa.selenium.interactions.Actions(driver)
        .moveToElement(modal, -modal.getSize().getWidth() / 2 + 5, 0)
        .click()
        .perform();
    return this;
  }

  public boolean dialogIsOpen() {
    return !driver.findElements(By.cssSelector(".modal-dialog")).isEmpty();
  }

  /** The actions in Tasklist's header: "Create task", "Start process", ... */
  public List<String> headerActions() {
    return driver
        .findElements(By.cssSelector("li[ng-repeat='actionProvider in navbarActions']"))
        .stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .filter(text -> !text.isBlank())
        .toList();
  }

  /** The tabs of the open task that the user sees: "Form", "History", ... */
  public List<String> taskTabs() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nav-tabs > li")));
    return driver.findElements(By.cssSelector(".nav-tabs > li")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }

  /** Where the link of this text in the open form leads, and in which window: "href target". */
  public String linkTo(String text) {
    WebElement link =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//form//a[contains(normalize-space(), '" + text + "')]")));
    return link.getAttribute("href") + " " + link.getAttribute("target");
  }

  /**
   * What the server answers this page's session for a path, as "status content-type": what a click
   * on a link would open.
   */
  public String fetch(String path) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => done(r.status + ' ' + (r.headers.get('Content-Type') || '')))"
                    + ".catch(e => done('failed ' + e));",
                path);
  }

  /**
   * What the server answers a change sent from this page's session with a JSON body, marked as
   * Accord's own pages mark their changes (the {@code X-Accord-Page} header), as "status body".
   */
  public String sendAsPage(String method, String path, String json) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const headers = {'Content-Type': 'application/json',"
                    + " Accept: 'application/json', 'X-Accord-Page': 'test'};"
                    + "fetch(arguments[1], {method: arguments[0], credentials: 'same-origin', headers,"
                    + " body: arguments[2]})"
                    + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                    + ".catch(e => done('failed ' + e));",
                method,
                path,
                json);
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
