package dev.cairn.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.test.Client;
import dev.cairn.test.RolledBackDatabase;
import dev.cairn.test.TestResponse;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example site's pages through the whole framework, in process, on a test database (SQLite in memory, each
 * test rolled back): each page, the security headers, static files, the 404s. The guestbook's own behaviour is
 * {@link GuestbookTest}'s.
 */
class SiteTest {

    static final Settings DEVELOPMENT = Settings.builder().set(Settings.DEBUG, "true")
            .secretKey(Site.DEVELOPMENT.get(Settings.SECRET_KEY)).allowedHosts("localhost").build();
    static final Settings PRODUCTION = Settings.builder().debug(false)
            .secretKey(Site.DEVELOPMENT.get(Settings.SECRET_KEY)).allowedHosts("localhost").build();

    @RegisterExtension
    static final RolledBackDatabase DB = RolledBackDatabase.of(Entry.class);

    private Entry ada;
    private Client client;

    @BeforeEach
    void site() {
        ada = save("Ada", "Hello from the first entry");
        save("Grace", "Second, and searchable");
        client = Client.of(Site.build(DEVELOPMENT));
    }

    /** Saves an entry, as the form would. */
    static Entry save(String name, String message) {
        Entry entry = new Entry(name, message);
        entry.save();
        return entry;
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/", "home.html", "A web stack, stone by stone"),
                Arguments.of("/about/", "about.html", "kept by the ORM"),
                Arguments.of("/guestbook/", "guestbook/index.html", "Sign</button>"),
                Arguments.of("/guestbook/{ada}/", "guestbook/entry.html", "Hello from the first entry"));
    }

    @ParameterizedTest(name = "{0} renders {1}, which extends base.html")
    @MethodSource
    void pages(String path, String template, String text) {
        TestResponse response = client.get(path.replace("{ada}", ada.id.toString())).assertContains(text)
                .assertTemplateUsed(template);
        assertTrue(response.text().contains("<nav>"), "the base template's navigation is there");
        assertTrue(response.text().contains("href=\"/static/site.css\""), response.text());
        assertTrue(response.text().contains("src=\"/static/htmx.org/dist/htmx.min.js\""), response.text());
    }

    @Test
    void theHomePageShowsTheLatestThreeEntriesNewestFirst() {
        save("Linus", "Third");
        save("Barbara", "Fourth");
        TestResponse home = client.get("/");
        assertEquals(List.of("Barbara", "Linus", "Grace"), names(home.context().get("latest")));
        home.assertNotContains("Hello from the first entry");
    }

    /** The names of the entries in a template's list. */
    @SuppressWarnings("unchecked")
    static List<String> names(Object entries) {
        return ((List<Entry>) entries).stream().map(e -> e.name).toList();
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
    void staticFilesAreServedWithValidators() {
        TestResponse css = client.get("/static/site.css").assertStatus(200);
        assertTrue(css.header("Content-Type").startsWith("text/css"));
        String etag = css.header("ETag");
        assertNotNull(etag);
        client.request("GET", "/static/site.css").header("If-None-Match", etag).send().assertStatus(304);
        client.get("/static/htmx.org/dist/htmx.min.js").assertStatus(200);
    }

    static Stream<String> missing() {
        return Stream.of("/nowhere/", "/guestbook/999999/", "/static/missing.css");
    }

    @ParameterizedTest(name = "{0} is the site's own 404 out of debug")
    @MethodSource
    void missing(String path) {
        Client production = Client.of(Site.build(PRODUCTION));
        TestResponse response = production.get(path).assertStatus(404);
        if (!path.startsWith("/static/")) {
            response.assertContains("Nothing here", 404).assertTemplateUsed("404.html");
        }
    }

    @Test
    void inDebugA404ListsThePatternsTried() {
        client.get("/nowhere/").assertContains("guestbook/&lt;int:pk&gt;/", 404);
    }

    @Test
    void theDevelopmentSettingsPassTheChecksAndProductionNeedsItsOwnKey() {
        WebApp app = Site.build(DEVELOPMENT);
        assertEquals(List.of(), app.check().stream().filter(m -> m.level().ordinal() >= 3).toList());
        assertEquals(List.of("SecurityMiddleware", "AllowedHostsMiddleware", "CommonMiddleware", "CsrfMiddleware",
                "MessagesMiddleware"), app.middleware());
    }
}
