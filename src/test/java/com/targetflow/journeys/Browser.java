package com.targetflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded),
 * with a fresh profile, the page language Chinese, screenshots of the steps under
 * target/journeys/<journey>/ and a check that the browser's console shows no error.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("targetflow.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("targetflow.test.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final Path shots;
    private final Path downloads;
    private final String who;
    /** The steps of a journey are numbered across its browsers, so the screenshots sort in the order taken. */
    private static final Map<String, AtomicInteger> STEPS = new ConcurrentHashMap<>();

    private final AtomicInteger step;

    private Browser(String journey, String who, int port, boolean phone) throws IOException {
        this(journey, who, port, phone ? 390 : 1280, phone ? 844 : 900);
    }

    private Browser(String journey, String who, int port, int width, int height) throws IOException {
        boolean phone = width < 600;
        this.base = "http://localhost:" + port;
        this.who = who;
        this.step = STEPS.computeIfAbsent(journey, j -> new AtomicInteger());
        Path root = Path.of("target", "journeys").toAbsolutePath();
        this.shots = Files.createDirectories(root.resolve(journey));
        this.downloads = Files.createDirectories(root.resolve("downloads").resolve(journey + "-" + who));
        Path profile = Files.createDirectories(root.resolve("profiles").resolve(who + "-" + UUID.randomUUID()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--lang=zh-CN",
                "--hide-scrollbars",
                "--window-size=" + width + "," + height);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        "zh-CN,zh",
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        if (phone) {
            driver.manage().window().setSize(new Dimension(width, height));
        }
        this.width = width;
    }

    private final int width;

    /** A browser whose page is this many pixels wide: 390 a phone, 1366 a common laptop. */
    static Browser ofWidth(String journey, String who, int port, int width) throws IOException {
        assertThat(new File(CHROMIUM).canExecute())
                .as("Debian's chromium at " + CHROMIUM)
                .isTrue();
        Browser browser = new Browser(journey + "-" + width, who, port, width, width < 600 ? 844 : 768);
        browser.fitViewport();
        return browser;
    }

    /** Makes the page itself (not the window with its frame) exactly as wide as asked. */
    private void fitViewport() {
        long inner = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
        Dimension window = driver.manage().window().getSize();
        if (inner != width) {
            driver.manage()
                    .window()
                    .setSize(new Dimension((int) (window.getWidth() + width - inner), window.getHeight()));
        }
    }

    /** The page as it is now holds what every page must (PageChecks), and its picture is taken. */
    Path check(String step) throws IOException {
        PageChecks.assertReadable(driver, who + " " + step + " at " + width + " px (" + driver.getCurrentUrl() + ")");
        return shot(step);
    }

    static Browser open(String journey, String who, int port, boolean phone) throws IOException {
        assertThat(new File(CHROMIUM).canExecute())
                .as("Debian's chromium at " + CHROMIUM + " (apt-get install chromium)")
                .isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute())
                .as("Debian's chromium-driver at " + CHROMEDRIVER + " (apt-get install chromium-driver)")
                .isTrue();
        return new Browser(journey, who, port, phone);
    }

    Browser signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("nav-workbench"));
        return this;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement clickable(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(locator));
    }

    void waitUntilUrlContains(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    void waitUntil(Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.apply(driver));
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    String text(By locator) {
        return waitFor(locator).getText();
    }

    /** Clicks through JavaScript: form-js's radios and checkboxes sit under their labels. */
    void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Opens the workbench task whose card names this task and this context (year, unit). */
    void openTask(String taskName, String context) {
        go("/");
        WebElement card = waitFor(By.id("todo")).findElements(By.cssSelector(".task-card")).stream()
                .filter(c ->
                        c.findElement(By.cssSelector(".task-name")).getText().startsWith(taskName)
                                && c.getText().contains(context))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        who + " has no to-do \"" + taskName + "\" of " + context + " on the workbench: "
                                + driver.findElement(By.id("todo")).getText()));
        press(card.findElement(By.cssSelector("a.task-link")));
        clickable(By.cssSelector("#complete"));
    }

    /** Submits the task page's form and waits for the workbench to say it went through. */
    void submitTask() {
        press(clickable(By.id("complete")));
        waitUntil(d -> d.getCurrentUrl().contains("completed=")
                || d.findElements(By.cssSelector("#form-error:not([hidden])")).stream()
                        .anyMatch(WebElement::isDisplayed));
        if (!driver.getCurrentUrl().contains("completed=")) {
            List<String> fields = driver.findElements(By.cssSelector(".fjs-has-errors")).stream()
                    .map(f -> f.getText().replace('\n', ' '))
                    .toList();
            throw new AssertionError(who + "'s submission was refused: "
                    + driver.findElement(By.id("form-error")).getText() + " " + fields);
        }
        assertThat(text(By.id("completed"))).contains("已提交");
    }

    /** Presses submit on a form with a missing answer: the form itself refuses, in Chinese, and nothing is sent. */
    void submitTaskExpectingRefusal() {
        press(clickable(By.id("complete")));
        assertThat(text(By.id("form-error"))).contains("请改正后再提交");
        assertThat(text(By.cssSelector(".fjs-form-field-error"))).isEqualTo("此项必填。");
        assertThat(driver.getCurrentUrl()).contains("/workbench/tasks/");
    }

    void attach(Path file) {
        WebElement input = driver.findElement(By.id("evidence-file"));
        input.sendKeys(file.toAbsolutePath().toString());
        int before = driver.findElements(By.cssSelector("#evidence-list li")).size();
        press(driver.findElement(By.id("evidence-upload")));
        waitUntil(d -> d.findElements(By.cssSelector("#evidence-list li")).size() > before);
    }

    /**
     * Saves a screenshot of the whole page as it is now, numbered in the journey's order: the window
     * is stretched to the page's height for the picture (at most 4,000 pixels) and put back.
     */
    Path shot(String name) throws IOException {
        assertNoConsoleErrors(name);
        Path file = shots.resolve(String.format("%02d-%s-%s.png", step.incrementAndGet(), who, name));
        Dimension window = driver.manage().window().getSize();
        long height = (Long)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "return Math.ceil(document.documentElement.scrollHeight + (window.outerHeight - window.innerHeight));");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int)
                Math.min(4000, Math.max(height, window.getHeight()))));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(window);
        }
        return file;
    }

    Path downloads() {
        return downloads;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The console since the last check holds the one refusal the step expected (a 400 of its request), nothing else. */
    void assertConsoleHoldsOnlyTheRefusalOf(String path) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(errors)
                .as("console errors of %s (%s)", who, driver.getCurrentUrl())
                .isNotEmpty()
                .allMatch(m -> m.contains(path) && m.contains("status of 400"));
    }

    /** Fails on any error the page wrote to the console since the last check. */
    void assertNoConsoleErrors(String when) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(errors)
                .as("console errors of %s at %s (%s)", who, when, driver.getCurrentUrl())
                .isEmpty();
    }

    @Override
    public void close() {
        try {
            assertNoConsoleErrors("the end");
        } finally {
            driver.quit();
        }
    }
}
