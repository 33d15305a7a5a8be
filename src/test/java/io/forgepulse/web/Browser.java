package io.forgepulse.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless chromium driven through its chromedriver (both from apt, installed by .ci/browser.sh): never a
 * downloaded browser. Keeps the console messages and saves screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    static Browser start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Root in CI has no user namespace sandbox; /dev/shm is small in containers.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** The console's errors since the last call (a page's script error, a resource that failed to load). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves the page at desktop and phone width as {@code NAME-desktop.png} and {@code NAME-phone.png}. */
    void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (Map.Entry<String, Dimension> size : Map.of("desktop", DESKTOP, "phone", PHONE).entrySet()) {
                driver.manage().window().setSize(size.getValue());
                Thread.sleep(300);
                // The whole page, not its first screen: as tall as the document (bounded).
                long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
                driver.manage().window().setSize(new Dimension(size.getValue().width,
                        (int) Math.min(6000, Math.max(size.getValue().height, height + 140))));
                Thread.sleep(300); // the charts redraw 150 ms after a resize
                Files.write(SCREENSHOTS.resolve(name + "-" + size.getKey() + ".png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Saves what a window of this size shows, as {@code NAME.png} (the README's picture of a page). */
    void screenshot(String name, Dimension size) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.manage().window().setSize(size);
            Thread.sleep(300);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
