package org.casenotes.supervision.host.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven headless through chromium-driver, with a fresh profile, a download
 * folder and a browser language (the UI follows it); screenshots go to target/browser-screenshots.
 * Chromium or its driver missing makes the constructor throw, so the suite fails, never skips.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path downloads;
    private int shot;
    private int width = 1280;

    Browser(String base, Path workDir) throws IOException {
        this(base, workDir, "en");
    }

    Browser(String base, Path workDir, String language) throws IOException {
        this.base = base;
        this.downloads = Files.createDirectories(workDir.resolve("downloads"));
        Path profile = Files.createDirectories(workDir.resolve("profile"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1400", "--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    void open(String hash) {
        driver.get(base + "/" + hash);
    }

    void login(String user) {
        open("");
        type(By.id("login-user"), user);
        type(By.id("login-password"), "demo");
        click(By.id("login-submit"));
        visible(By.id("logout"));
        settled();
    }

    /** Signs out if someone is signed in, leaving the sign-in page (unsaved text is let go). */
    void signOutIfSignedIn() {
        open("");
        settled();
        script("window.confirm = () => true");
        if (!driver.findElements(By.id("logout")).isEmpty()) {
            click(By.id("logout"));
        }
        visible(By.id("login-user"));
    }

    void logout() {
        click(By.id("logout"));
        visible(By.id("login-user"));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    Path awaitDownload(String suffix) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new IOException("no " + suffix + " download arrived in " + downloads);
    }

    void screenshot(String name) throws IOException {
        shot++;
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", shot, name)), png);
    }

    /**
     * Saves the whole page (not only the window) under a stable name, for the page audit and
     * the README's images.
     */
    void pageScreenshot(String name) throws IOException {
        long height = ((Number) script("return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))")).longValue();
        viewport(width, (int) Math.min(8000, height));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        viewport(width, 1000);
    }

    /**
     * Makes the page's viewport the given CSS width, as a phone or a laptop would (through the
     * DevTools protocol: a desktop window cannot be made narrower than 500 pixels).
     */
    void width(int cssPixels) {
        this.width = cssPixels;
        viewport(cssPixels, 1000);
    }

    private void viewport(int w, int h) {
        ((ChromiumDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", w, "height", h, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Runs an async script: the page calls arguments[arguments.length - 1] with the result. */
    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Waits until the page for the current address is drawn and no action is running. */
    void settled() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const m = document.getElementById('main'); return document.readyState === 'complete'"
                        + " && !document.querySelector('[aria-busy=true]') && !!m.dataset.shown"
                        + " && (m.dataset.shown === 'login' || m.dataset.shown === location.hash)")));
    }

    /** Opens a page of the app and waits until it is drawn. */
    void show(String hash) {
        open(hash);
        settled();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
