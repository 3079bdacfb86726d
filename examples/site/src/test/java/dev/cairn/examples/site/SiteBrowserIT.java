package dev.cairn.examples.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.cairn.test.LiveServer;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.staticfiles.StaticRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example site in a real browser, on Cairn's real server: the stylesheet applies, htmx swaps the search results
 * in under the default Content-Security-Policy, the guestbook form redirects after a good POST and shows a bad one
 * again, the 404 is the site's own; and no page logs an error or a policy violation.
 *
 * <p>
 * The site runs as in production (DEBUG off, so the 404 is the site's page and not the debug one), serving its own
 * static files as a small deployment without nginx does, its guestbook in a SQLite file migrated as Main migrates
 * it. Skipped where Chromium is not installed.
 */
class SiteBrowserIT {

    /**
     * The site as {@link Main} starts it, on a SQLite file of its own, the entries emptied and seeded before each
     * test: the server answers from its own threads, outside any test's transaction.
     */
    @RegisterExtension
    @Order(1)
    static final StartedSite SITE = StartedSite.of(Settings.builder().debug(false)
            .secretKey(Site.DEVELOPMENT.get(Settings.SECRET_KEY)).allowedHosts("127.0.0.1")
            .set(StaticRoutes.SERVE_STATIC, "true"), "Ada", "Hello from the first entry", "Grace",
            "Second, and searchable");

    @RegisterExtension
    @Order(2)
    static final LiveServer server = LiveServer.of(SITE::app);

    private static Chromium chromium;
    /**
     * One tab for the class: each test starts with a navigation, which leaves nothing of the last test's page, and
     * a new tab would cost a renderer process's start each time. The site keeps no state in the browser.
     */
    private static Page page;
    private static PageProblems problems;

    @BeforeAll
    static void launch() {
        if (Chromium.isInstalled()) {
            chromium = Chromium.launch();
            page = chromium.newPage();
            problems = PageProblems.watch(page);
        }
    }

    @BeforeEach
    void needsChromium() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void noErrorsAndNoViolations() {
        if (problems == null) {
            return; // skipped: no browser
        }
        List<String> seen = problems.list();
        problems.clear();
        assertEquals(List.of(), seen, "console errors and CSP violations on " + page.url());
    }

    private Response open(String path) {
        return page.navigate(server.url(path));
    }

    /** The value the browser computed for a CSS property of the first element matching the selector. */
    private String style(String selector, String property) {
        return (String) page.locator(selector).first()
                .evaluate("(element, property) => getComputedStyle(element).getPropertyValue(property)", property);
    }

    @Test
    void theHomePageHasTheBaseLayoutAndItsStylesheetApplies() {
        assertEquals(200, open("/").status());

        assertEquals("Home · Cairn example", page.title(), "the child's title block inside the base's <title>");
        assertEquals(List.of("Home", "Guestbook", "About"), page.locator("header nav a").allTextContents());
        assertThat(page.locator("main h1")).hasText("A web stack, stone by stone");
        assertThat(page.locator("main ul.entries li").first()).isVisible();
        assertThat(page.locator("footer")).hasText("Served by Cairn");
        // site.css: a browser's own styles make the header a block and leave the body as wide as the window.
        assertEquals("flex", style("header", "display"));
        assertEquals("736px", style("body", "max-width"));
        assertEquals(true, page.locator(".brand img").evaluate("image => image.complete && image.naturalWidth > 0"),
                "cairn.svg, a static file, was loaded");
    }

    @Test
    void typingInTheSearchBoxSwapsInTheEntriesFragment() {
        open("/guestbook/");
        page.evaluate("() => window.stillTheSamePage = true");
        Locator search = page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search entries"));

        Response fragment = page.waitForResponse(r -> r.url().contains("/guestbook/search/?q=searchable"),
                () -> search.fill("searchable"));

        assertEquals("true", fragment.request().headerValue("hx-request"), "htmx sent the request");
        assertFalse(fragment.text().contains("<html"), "one block, not a page: " + fragment.text());
        assertThat(page.locator("#entries li")).hasText(new String[]{"Grace: Second, and searchable"});
        assertEquals(true, page.evaluate("() => window.stillTheSamePage"), "swapped in, not navigated to");
        assertEquals(server.url("/guestbook/"), page.url());

        search.fill("nobody wrote this");
        assertThat(page.locator("#entries")).hasText("No entries match “nobody wrote this”.");
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of("Bo", "Hi", "Ensure this value has at least 3 characters (it has 2)."),
                Arguments.of("Echo", "echo", "Say something more than your name."));
    }

    @ParameterizedTest(name = "{0} / {1} is shown again with: {2}")
    @MethodSource
    void badEntries(String name, String message, String error) {
        open("/guestbook/");
        long kept = Entry.objects.count();

        Response answer = sign(name, message);

        assertEquals("POST", answer.request().method());
        assertEquals(200, answer.status(), "shown again, not redirected");
        assertThat(page.locator(".sign .error")).hasText(new String[]{error});
        assertThat(page.getByLabel("Your name")).hasValue(name);
        assertThat(page.getByLabel("Message")).hasValue(message);
        assertEquals(kept, Entry.objects.count(), "nothing was saved");
    }

    @Test
    void aGoodEntryIsPostedRedirectedWithSeeOtherAndNotPostedAgainOnReload() {
        open("/guestbook/");

        Response landed = sign("Linus", "Signed in a real browser");

        Request get = landed.request();
        Request post = get.redirectedFrom();
        assertNotNull(post, "the POST was redirected");
        assertEquals("POST", post.method());
        assertEquals(303, post.response().status());
        assertEquals("GET", get.method());
        assertTrue(page.url().matches(".*/guestbook/\\?thanks=\\d+"), page.url());
        assertThat(page.locator(".notice")).hasText("Thank you for signing.");
        Locator entry = page.locator("#entries li", new Page.LocatorOptions().setHasText("Signed in a real browser"));
        assertThat(entry).hasText("Linus: Signed in a real browser");

        Response reloaded = page.reload();

        assertEquals("GET", reloaded.request().method());
        assertNull(reloaded.request().redirectedFrom(), "a plain GET of the page the redirect led to");
        assertThat(entry).hasCount(1);
        assertEquals(1, Entry.search("Signed in a real browser").count(), "saved once");
    }

    /**
     * Fills in the guestbook form, presses Sign, waits for the page the browser lands on (past any redirect) to load,
     * and returns its response. A response alone is not enough: until the new document replaces the old one, the
     * old form, with the same values typed in, is still there to be read.
     */
    private Response sign(String name, String message) {
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Message").fill(message);
        List<String> landed = new ArrayList<>();
        Consumer<Frame> navigated = frame -> {
            if (frame == page.mainFrame()) {
                landed.add(frame.url());
            }
        };
        page.onFrameNavigated(navigated);
        try {
            Response answer = page.waitForResponse(
                    r -> r.request().isNavigationRequest() && r.headerValue("location") == null,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign")).click());
            page.waitForCondition(() -> !landed.isEmpty());
            page.waitForLoadState();
            return answer;
        } finally {
            page.offFrameNavigated(navigated);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void missingPagesShowTheSitesOwn404(String path) {
        assertEquals(404, open(path).status());

        assertEquals("Not found · Cairn example", page.title());
        assertThat(page.locator("main h1")).hasText("Nothing here");
        assertThat(page.locator("main code")).hasText(path);
        assertEquals("flex", style("header", "display"), "the 404 page extends the base layout too");
        // Chromium logs a document's own error status as a failed load: that line, and nothing else.
        List<String> seen = problems.list();
        assertEquals(1, seen.size(), seen::toString);
        assertTrue(
                seen.getFirst()
                        .matches("error: Failed to load resource: .* 404 .*" + Pattern.quote(server.url(path)) + ".*"),
                seen::toString);
        problems.clear();
    }

    static Stream<String> missingPagesShowTheSitesOwn404() {
        return Stream.of("/nowhere/", "/guestbook/99/");
    }

    /** The watch that every test ends on can fail: inline CSS without the nonce is refused, and reported. */
    @Test
    void anInlineStyleWithoutTheNonceIsBlockedAndReported() {
        open("/");

        ConsoleMessage reported = page.waitForConsoleMessage(
                new Page.WaitForConsoleMessageOptions().setPredicate(m -> m.text().startsWith(PageProblems.VIOLATION)),
                () -> page.evaluate("() => { const style = document.createElement('style');"
                        + " style.textContent = 'body { max-width: 1px }'; document.head.append(style); }"));

        assertTrue(reported.text().startsWith(PageProblems.VIOLATION + " style-src-elem blocked inline"),
                reported.text());
        assertEquals("736px", style("body", "max-width"), "the inline style was not applied");
        assertFalse(problems.list().isEmpty());
        problems.clear();
    }
}
