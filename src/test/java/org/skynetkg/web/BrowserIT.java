package org.skynetkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skynetkg.load.Inputs;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.server.SkynetServer;
import org.skynetkg.store.KnowledgeStore;

/**
 * The pages in a real headless browser: Debian's chromium driven through the system chromedriver (never one
 * that Selenium Manager downloads), over a server on a free port with data/ loaded into a temporary TDB2 store.
 * Screenshots go to target/screenshots/.
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String FUGITIVE_OPERATIONS = """
            PREFIX skg:  <https://w3id.org/skynet-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT (COUNT(DISTINCT ?operation) AS ?n) {
              ?outcome skg:outcomeOf ?operation ; skg:measure/skos:notation "fugitives-returned" .
              ?operation skg:year ?year .
            }""";

    // No DevTools protocol is used: the warning that none matches this chromium's version is noise. A field, so
    // that the configured logger is not collected.
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static Path storeDir;
    static Path profile;
    static KnowledgeStore store;
    static SkynetServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("BrowserIT needs Debian's chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        storeDir = Files.createTempDirectory("skynet-browser-store");
        profile = Files.createTempDirectory("skynet-chromium-profile");
        store = KnowledgeStore.open(storeDir);
        new Loader(Pipeline.create()).load(store, Inputs.expand(List.of(Path.of("data"))));
        server = SkynetServer.create().store(store).port(0).build().start();
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        // The driver and the browser are given explicitly, so Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1200,900");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
        for (Path p : new Path[] {storeDir, profile}) {
            if (p != null) {
                try (var files = Files.walk(p)) {
                    files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static long count(String query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(query).build()) {
                Binding row = exec.select().next();
                return ((Number) row.get("n").getLiteralValue()).longValue();
            }
        });
    }

    static void screenshot(String name) throws Exception {
        // The whole page: make the window as tall as the document before taking the picture.
        Object height = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1200, Math.min(6000, ((Number) height).intValue() + 40)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1200, 900));
    }

    @Test
    void landingChartOperationPageAndQueryBox() throws Exception {
        browser.get(url("/"));
        assertEquals("Sky Net knowledge graph · skynet-kg", browser.getTitle());
        long expectedBars = count(FUGITIVE_OPERATIONS);
        assertTrue(expectedBars > 0, "data/ reports fugitives returned");
        List<WebElement> bars = browser.findElements(By.cssSelector("svg#chart-fugitives-returned rect.bar"));
        assertEquals(expectedBars, bars.size());
        for (WebElement bar : bars) {
            assertTrue(bar.getRect().getWidth() > 0, "a bar is drawn");
        }
        screenshot("landing");

        WebElement link = browser.findElement(By.cssSelector("#operations a[href^='/id/operation/']"));
        String name = link.getText();
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/id/operation/"));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());
        screenshot("operation");

        WebElement chartLink = null;
        browser.get(url("/"));
        chartLink = browser.findElement(By.cssSelector("svg#chart-fugitives-returned a"));
        chartLink.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/id/operation/"));
        assertFalse(browser.findElements(By.cssSelector("figure.evidence blockquote")).isEmpty(),
                "the operation of a bar shows the sentences of its figures");
        screenshot("operation-with-figures");

        browser.get(url("/#query"));
        new Select(browser.findElement(By.id("query-select"))).selectByValue("outcomes.rq");
        WebElement text = browser.findElement(By.id("query-text"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> text.getDomProperty("value").contains("What did each operation achieve"));
        browser.findElement(By.id("query-run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#query-table tbody tr")).isEmpty());
        long outcomes = count("PREFIX skg: <https://w3id.org/skynet-kg/ontology#> "
                + "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?o a skg:Outcome }");
        assertEquals(outcomes, browser.findElements(By.cssSelector("#query-table tbody tr")).size());
        browser.findElement(By.id("query-results")).getLocation();
        screenshot("query");
    }

    @Test
    void unknownEntityIsA404Page() throws Exception {
        browser.get(url("/id/operation/no-such-operation"));
        assertEquals("Not found", browser.findElement(By.tagName("h1")).getText());
        screenshot("not-found");
    }
}
