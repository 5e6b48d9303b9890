package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader in a real browser (Debian's Chromium, headless, through chromedriver), against a store
 * indexed with {@code parallax index} from the sample corpus and a hostile fixture. Screenshots of each
 * page go to {@code target/screenshots/serve/}.
 */
class ServeBrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots", "serve");

  @TempDir static Path tmp;
  static ServedStore served;
  static ChromeDriverService service;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assertThat(CHROMIUM).as("Chromium is needed: apt-get install -y chromium chromium-driver").isExecutable();
    assertThat(CHROMEDRIVER).as("chromedriver is needed: apt-get install -y chromium-driver").isExecutable();
    served = ServedStore.index(tmp.resolve("store"), Optional.empty(), ServedStore.SAMPLE, ServedStore.HOSTILE);
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) browser.quit();
    } finally {
      if (service != null) service.stop();
      if (served != null) served.close();
    }
  }

  /** After every page: no dialog opened and nothing the hostile fixture planted ran. */
  @AfterEach
  void nothingRan() {
    assertNothingRan();
  }

  private static void open(String path) {
    browser.get(served.base + path);
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static List<String> attributes(String css, String attribute) {
    return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute(attribute)).toList();
  }

  @Test
  void theFrontPageListsTheTwoRafahEventsRankedByOutlets() throws Exception {
    String calls = served.eventOf("000_8f5287c78f024da0");
    String fox = served.eventOf("004_64a8b22b66e33c90");
    open("/");
    screenshot("front-page");
    assertThat(attributes("#multi .event-card", "data-event")).contains(calls).doesNotContain(fox);
    assertThat(attributes("#single .event-card", "data-event")).contains(fox);
    WebElement card = browser.findElement(By.cssSelector("#multi .event-card[data-event='" + calls + "']"));
    assertThat(card.findElements(By.cssSelector(".strip li"))).hasSize(4);
    assertThat(card.findElement(By.cssSelector(".lead")).getText()).isNotBlank();
  }

  @Test
  void theEventPageShowsFourOutletColumns() throws Exception {
    open(Links.event(served.eventOf("002_353da62e5ebac79a")));
    screenshot("event-page");
    List<WebElement> columns = browser.findElements(By.cssSelector(".columns .column"));
    assertThat(columns).hasSize(4);
    assertThat(columns.stream().map(c -> c.findElement(By.tagName("h2")).getText()).distinct()).hasSize(4)
        .contains("CNN", "The Hill", "Ahram Online/AFP");
    assertThat(browser.findElements(By.cssSelector(".brief li"))).isNotEmpty();
    // the AFP paragraph two outlets share: its probable original and each article's share of copied text
    assertThat(browser.findElement(By.cssSelector("#copied-h + ul .origin")).getText())
        .isEqualTo("probable original: AFP (credited agency)");
    assertThat(browser.findElements(By.cssSelector(".copied-share tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).get(3).getText()).toList())
        .containsExactly("AFP (credited agency)", "AFP (credited agency)");
  }

  @Test
  void focusingABriefCitationHighlightsTheSentenceInItsSourceColumn() throws Exception {
    open(Links.event(served.eventOf("002_353da62e5ebac79a")));
    List<WebElement> cites = browser.findElements(By.cssSelector(".brief .cite"));
    assertThat(cites).hasSizeGreaterThan(1);
    assertThat(browser.findElements(By.cssSelector(".column .hl"))).isEmpty();

    WebElement cite = cites.get(0);
    js("arguments[0].focus()", cite);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".column .hl")).isEmpty());
    screenshot("event-citation-focused");
    String article = cite.getDomAttribute("data-article");
    List<WebElement> lit = browser.findElements(By.cssSelector(".column .hl"));
    for (WebElement e : lit) assertThat(js("return arguments[0].closest('.article').dataset.article", e)).isEqualTo(article);
    String highlighted = String.join("", lit.stream().map(e -> (String) js("return arguments[0].textContent", e)).toList());
    String sentence = ((String) js("return arguments[0].closest('li').firstChild.textContent", cite)).strip();
    assertThat(highlighted).contains(sentence.substring(sentence.length() / 2)); // a leading "But" may be dropped

    // hovering another outlet's citation moves the highlight to that outlet's column
    WebElement other = cites.stream().filter(c -> !article.equals(c.getDomAttribute("data-article"))).findFirst().orElseThrow();
    new Actions(browser).moveToElement(other).perform();
    String otherArticle = other.getDomAttribute("data-article");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".column .hl")).stream()
        .allMatch(e -> otherArticle.equals(js("return arguments[0].closest('.article').dataset.article", e)))
        && !d.findElements(By.cssSelector(".column .hl")).isEmpty());

    // following the citation opens the article with the cited sentence marked
    other.click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("hl")).isEmpty());
    screenshot("article-page-cited");
    assertThat(browser.findElement(By.id("hl")).getDomAttribute("class")).contains("hl");
    assertThat(browser.findElements(By.cssSelector(".text .q"))).isNotEmpty();
  }

  @Test
  void theStorylinePageShowsBothCallsInDateOrder() throws Exception {
    open(Links.event(served.eventOf("000_8f5287c78f024da0")));
    browser.findElement(By.cssSelector("p.meta a[href^='/storylines/']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".timeline")).isEmpty());
    screenshot("storyline-page");
    List<String> events = attributes(".timeline .event-card", "data-event");
    assertThat(events).contains(served.eventOf("000_8f5287c78f024da0"), served.eventOf("004_64a8b22b66e33c90"));
    List<String> dates = browser.findElements(By.cssSelector(".timeline .event-card time")).stream().map(WebElement::getText).toList();
    assertThat(dates).hasSameSizeAs(events).isSorted(); // ISO dates, then "undated"
  }

  @Test
  void searchFindsKirby() throws Exception {
    open("/");
    WebElement box = browser.findElement(By.cssSelector("header form.search input[name=q]"));
    box.sendKeys("Kirby");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".hits .hit")).isEmpty());
    screenshot("search-kirby");
    WebElement hit = browser.findElements(By.cssSelector(".hits .hit[data-kind=article] a")).get(0);
    hit.click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".text")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("Kirby");

    open("/search?q=" + java.net.URLEncoder.encode(ServeApiIT.PARAPHRASE, java.nio.charset.StandardCharsets.UTF_8));
    screenshot("search-semantic");
    assertThat(attributes(".hits .hit[data-found-by=semantic] a", "href")).contains(Links.article("000_8f5287c78f024da0"));

    open("/search?q=" + java.net.URLEncoder.encode("title:(", java.nio.charset.StandardCharsets.UTF_8));
    screenshot("search-malformed");
    assertThat(browser.findElement(By.cssSelector(".error")).getText()).startsWith("Cannot read search query");
  }

  @Test
  void theHostileFixtureRendersAsInertTextEverywhere() throws Exception {
    String event = served.eventOf("hostile-1");
    String storyline = served.getJson("/api/events/" + event).get("storyline").asText();
    List<String> pages = List.of("/", Links.event(event), Links.article("hostile-1"), Links.article("hostile-2"),
        Links.storyline(storyline), "/search?q=lantern");
    for (String page : pages) {
      open(page);
      screenshot("hostile" + page.replaceAll("[^a-z0-9]+", "-"));
      assertNothingRan();
      assertThat(js("return document.querySelectorAll('img, svg, iframe, style, object, embed').length")).as(page).isEqualTo(0L);
      assertThat(js("return Array.from(document.scripts).map(s => s.getAttribute('src')).join(',')")).as(page)
          .isEqualTo("/static/parallax.js");
      assertThat(js("return Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
          + ".some(a => a.name.startsWith('on') || a.value.trim().toLowerCase().startsWith('javascript:'))).length")).as(page)
          .isEqualTo(0L);
      assertThat(browser.findElement(By.tagName("body")).getText()).as(page).contains("<script>window.__pwned");
      // hovering and focusing everything the fixture wrote fires no handler either
      for (WebElement e : browser.findElements(By.cssSelector("main a, main span, main b")).stream().limit(40).toList()) {
        if (e.isDisplayed()) new Actions(browser).moveToElement(e).perform();
      }
      assertNothingRan();
    }
  }

  private static void assertNothingRan() {
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
  }
}
