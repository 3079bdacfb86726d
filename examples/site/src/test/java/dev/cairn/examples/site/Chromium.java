package dev.cairn.examples.site;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's Chromium (Debian's {@code chromium} package) driven by Playwright, headless: one browser for a test
 * class. Playwright never downloads a browser of its own here.
 */
final class Chromium implements AutoCloseable {

    /** Where Debian's package puts the browser. */
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    /** Why a browser test is skipped on a machine without the browser, and what to do about it. */
    static final String MISSING = "No Chromium at " + EXECUTABLE + ": apt-get install chromium (.ci/run installs it)";

    /**
     * No sandbox (tests run as root in a container), no GPU, and none of the background traffic (updates, sync,
     * QUIC probes) that a closed network answers with a stream of errors.
     */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Whether the browser is installed. */
    static boolean isInstalled() {
        return Files.isExecutable(EXECUTABLE);
    }

    /**
     * Skips the calling test when the browser is not installed. Each test assumes it, rather than the class once:
     * Surefire reports a class skipped in {@code @BeforeAll} as no tests at all, and drops the reason.
     */
    static void assumeInstalled() {
        Assumptions.assumeTrue(isInstalled(), MISSING);
    }

    /** Starts Playwright's driver and the browser. */
    static Chromium launch() {
        // Without this the driver first tries to download the browsers it was built with.
        Playwright playwright = Playwright
                .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(ARGS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A new tab in a context of its own: its own cookies, cache and storage. */
    Page newPage() {
        return browser.newPage();
    }

    /** Closes the browser and stops the driver. */
    @Override
    public void close() {
        playwright.close();
    }
}
