package dev.cairn.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example site through the whole framework, in process: each page, the form, the htmx partial, the 404. */
class SiteTest {

    private static final Settings DEVELOPMENT = Settings.builder().set(Settings.DEBUG, "true")
            .secretKey(Site.DEVELOPMENT.get(Settings.SECRET_KEY)).allowedHosts("localhost").build();
    private static final Settings PRODUCTION = Settings.builder().debug(false)
            .secretKey(Site.DEVELOPMENT.get(Settings.SECRET_KEY)).allowedHosts("localhost").build();

    private Guestbook guestbook;
    private Client client;

    @BeforeEach
    void site() {
        guestbook = new Guestbook(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        guestbook.add("Ada", "Hello from the first entry");
        guestbook.add("Grace", "Second, and searchable");
        client = Client.of(Site.build(DEVELOPMENT, guestbook));
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/", "home.html", "A web stack, stone by stone"),
                Arguments.of("/about/", "about.html", "About this site"),
                Arguments.of("/guestbook/", "guestbook/index.html", "Sign</button>"),
                Arguments.of("/guestbook/1/", "guestbook/entry.html", "Hello from the first entry"));
    }

    @ParameterizedTest(name = "{0} renders {1}, which extends base.html")
    @MethodSource
    void pages(String path, String template, String text) {
        TestResponse response = client.get(path).assertContains(text).assertTemplateUsed(template);
        assertTrue(response.text().contains("<nav>"), "the base template's navigation is there");
        assertTrue(response.text().contains("href=\"/static/site.css\""), response.text());
        assertTrue(response.text().contains("src=\"/static/htmx.org/dist/htmx.min.js\""), response.text());
    }

    @Test
    void pagesCarryTheDefaultSecurityHeadersAndTheScriptNonceMatchesThePolicy() {
        TestResponse response = client.get("/");
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        String policy = response.header("Content-Security-Policy");
        assertNotNull(policy);
        var nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(response.text());
        assertTrue(nonce.find(), response.text());
        assertTrue(policy.contains("'nonce-" + nonce.group(1) + "'"), policy);
    }

    @Test
    void aValidEntryIsKeptAndTheBrowserIsRedirectedWithSeeOther() {
        TestResponse posted = client.post("/guestbook/", Map.of("name", "Linus", "message", "Kept after a redirect"));
        posted.assertRedirects("/guestbook/?thanks=3", 303);
        client.followRedirects(true);
        TestResponse page = client.get("/guestbook/?thanks=3");
        page.assertContains("Thank you for signing.").assertContains("Kept after a redirect");
        assertEquals("Kept after a redirect", guestbook.find(3).orElseThrow().message());
    }

    static Stream<Arguments> invalidEntries() {
        return Stream.of(
                Arguments.of(Map.of("name", "", "message", "Hello there"), "This field is required."),
                Arguments.of(Map.of("name", "Bo", "message", "Hi"),
                        "Ensure this value has at least 3 characters (it has 2)."),
                Arguments.of(Map.of("name", "x".repeat(41), "message", "Long name"),
                        "Ensure this value has at most 40 characters (it has 41)."),
                Arguments.of(Map.of("name", "Echo", "message", " echo "), "Say something more than your name."));
    }

    @ParameterizedTest(name = "{0} is shown again with: {1}")
    @MethodSource
    void invalidEntries(Map<String, String> form, String error) {
        TestResponse response = client.post("/guestbook/", form).assertContains(error);
        assertEquals(200, response.status());
        assertTrue(response.text().contains("value=\"" + form.get("name") + "\""), "the name typed is kept");
        assertEquals(2, guestbook.search("").size(), "nothing was kept");
    }

    @Test
    void typedInputIsEscapedWhenRedisplayedAndWhenListed() {
        client.post("/guestbook/", Map.of("name", "<b>Mallory</b>", "message", "<script>alert(1)</script>"));
        TestResponse page = client.get("/guestbook/");
        page.assertContains("&lt;script&gt;alert(1)&lt;/script&gt;").assertNotContains("<script>alert(1)");
    }

    @Test
    void htmxSearchGetsOnlyTheEntriesBlock() {
        TestResponse partial = client.request("GET", "/guestbook/search/?q=search").header("HX-Request", "true")
                .send();
        partial.assertContains("Second, and searchable").assertNotContains("Hello from the first entry");
        assertFalse(partial.text().contains("<html"), "a fragment, not a page: " + partial.text());
    }

    @Test
    void theSearchWithoutHtmxIsAWholePage() {
        client.get("/guestbook/search/?q=first").assertContains("<html").assertContains("Hello from the first entry")
                .assertNotContains("Second, and searchable");
    }

    @Test
    void staticFilesAreServedWithValidators() {
        TestResponse css = client.get("/static/site.css").assertStatus(200);
        assertTrue(css.header("Content-Type").startsWith("text/css"));
        String etag = css.header("ETag");
        assertNotNull(etag);
        client.request("GET", "/static/site.css").header("If-None-Match", etag).send().assertStatus(304);
        client.get("/static/htmx.org/dist/htmx.min.js").assertStatus(200);
    }

    static Stream<String> missing() {
        return Stream.of("/nowhere/", "/guestbook/99/", "/static/missing.css");
    }

    @ParameterizedTest(name = "{0} is the site's own 404 out of debug")
    @MethodSource
    void missing(String path) {
        Client production = Client.of(Site.build(PRODUCTION, guestbook));
        TestResponse response = production.get(path).assertStatus(404);
        if (!path.startsWith("/static/")) {
            response.assertContains("Nothing here", 404).assertTemplateUsed("404.html");
        }
    }

    @Test
    void inDebugA404ListsThePatternsTried() {
        client.get("/nowhere/").assertContains("guestbook/&lt;int:id&gt;/", 404);
    }

    @Test
    void theDevelopmentSettingsPassTheChecksAndProductionNeedsItsOwnKey() {
        WebApp app = Site.build(DEVELOPMENT, guestbook);
        assertEquals(List.of(), app.check().stream().filter(m -> m.level().ordinal() >= 3).toList());
        assertEquals(List.of("SecurityMiddleware", "AllowedHostsMiddleware", "CommonMiddleware"), app.middleware());
    }
}
