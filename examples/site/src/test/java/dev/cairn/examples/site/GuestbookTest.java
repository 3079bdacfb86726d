package dev.cairn.examples.site;

import static dev.cairn.examples.site.SiteTest.names;
import static dev.cairn.examples.site.SiteTest.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.journey.Journey;
import dev.cairn.test.Client;
import dev.cairn.test.RolledBackDatabase;
import dev.cairn.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guestbook on the ORM, in process, each test rolled back: signing it saves an {@link Entry} and redirects, a
 * bad form saves nothing, the htmx search asks the database with {@code icontains}, the list is paginated, and
 * each request's journey holds its SQL.
 */
class GuestbookTest {

    @RegisterExtension
    static final RolledBackDatabase DB = RolledBackDatabase.of(Entry.class);

    private Client client;

    @BeforeEach
    void site() {
        save("Ada", "Hello from the first entry");
        save("Grace", "Second, and searchable");
        client = Client.of(Site.build(SiteTest.DEVELOPMENT));
    }

    @Test
    void aValidEntryIsSavedAndTheBrowserIsRedirectedWithSeeOther() {
        TestResponse posted = client.post("/guestbook/", Map.of("name", " Linus ", "message", "Kept after a redirect"));

        Entry saved = Entry.objects.get("message", "Kept after a redirect");
        assertEquals("Linus", saved.name, "the form stripped the name");
        assertTrue(saved.created != null, "created was stamped on the first save");
        posted.assertRedirects("/guestbook/?thanks=" + saved.id, 303);
        TestResponse page = client.get("/guestbook/?thanks=" + saved.id);
        page.assertContains("Thank you for signing.");
        assertEquals(List.of("Linus", "Grace", "Ada"), names(page.context().get("entries")), "newest first");
    }

    static Stream<Arguments> invalidEntries() {
        return Stream.of(
                Arguments.of(Map.of("name", "", "message", "Hello there"), "This field is required."),
                Arguments.of(Map.of("name", "Bo"), "This field is required."),
                Arguments.of(Map.of("name", "Bo", "message", "Hi"),
                        "Ensure this value has at least 3 characters (it has 2)."),
                Arguments.of(Map.of("name", "x".repeat(41), "message", "Long name"),
                        "Ensure this value has at most 40 characters (it has 41)."),
                Arguments.of(Map.of("name", "Long", "message", "m".repeat(501)),
                        "Ensure this value has at most 500 characters (it has 501)."),
                Arguments.of(Map.of("name", "Nul", "message", "a\0b"), "Null characters are not allowed."),
                Arguments.of(Map.of("name", "Echo", "message", " echo "), "Say something more than your name."));
    }

    @ParameterizedTest(name = "{0} is shown again with: {1}")
    @MethodSource
    void invalidEntries(Map<String, String> form, String error) {
        TestResponse response = client.post("/guestbook/", form).assertContains(error);

        assertEquals(200, response.status(), "shown again, not redirected");
        assertEquals(List.of("SELECT", "SELECT"), statements(response.journey()).stream().map(sql -> sql.substring(0,
                sql.indexOf(' '))).toList(), "the page's count and rows, and no write");
        assertTrue(response.text().contains("value=\"" + form.get("name") + "\""), "the name typed is kept");
        assertEquals(2, Entry.objects.count(), "nothing was saved");
    }

    @Test
    void typedInputIsEscapedWhenRedisplayedAndWhenListed() {
        client.post("/guestbook/", Map.of("name", "<b>Mallory</b>", "message", "<script>alert(1)</script>"));
        TestResponse page = client.get("/guestbook/");
        page.assertContains("&lt;script&gt;alert(1)&lt;/script&gt;").assertNotContains("<script>alert(1)");
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("search", List.of("Grace")),
                Arguments.of("SEARCHABLE", List.of("Grace")),
                Arguments.of("ada", List.of("Ada")),
                Arguments.of("e", List.of("Grace", "Ada")),
                Arguments.of("  ", List.of("Grace", "Ada")),
                Arguments.of("%", List.of()),
                Arguments.of("_", List.of()),
                Arguments.of("nobody wrote this", List.of()));
    }

    @ParameterizedTest(name = "?q={0} finds {1}")
    @MethodSource
    void searches(String query, List<String> found) {
        TestResponse partial = client.request("GET", "/guestbook/search/?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8)).header("HX-Request", "true").send().assertStatus(200);

        assertFalse(partial.text().contains("<html"), "a fragment, not a page: " + partial.text());
        assertEquals(found, names(partial.context().get("entries")));
        // Cookie too: rendering a block evaluates its whole page, whose body prints the CSRF token for htmx.
        assertEquals("HX-Request, Cookie", partial.header("Vary"));
        if (found.isEmpty()) {
            partial.assertContains("No entries match");
        }
    }

    @Test
    void theSearchWithoutHtmxIsAWholePage() {
        client.get("/guestbook/search/?q=first").assertContains("<html").assertContains("Hello from the first entry")
                .assertNotContains("Second, and searchable");
    }

    @Test
    void theSearchPageTakesNoPost() {
        client.post("/guestbook/search/", Map.of("name", "Eve", "message", "Posted to the wrong place"))
                .assertStatus(405);
        assertEquals(2, Entry.objects.count());
    }

    @Test
    void theEntriesComeTenAPageNewestFirstWithLinksBetweenPages() {
        IntStream.rangeClosed(3, 12).forEach(n -> save("P" + n, "Message number " + n));

        TestResponse first = client.get("/guestbook/");
        assertEquals(List.of("P12", "P11", "P10", "P9", "P8", "P7", "P6", "P5", "P4", "P3"),
                names(first.context().get("entries")));
        first.assertContains("Page 1 of 2").assertContains("<a rel=\"next\" href=\"/guestbook/?page=2\">Older</a>");

        TestResponse second = client.get("/guestbook/?page=2");
        assertEquals(List.of("Grace", "Ada"), names(second.context().get("entries")));
        second.assertContains("<a rel=\"prev\" href=\"/guestbook/?page=1\">Newer</a>");

        TestResponse searched = client.request("GET", "/guestbook/search/?q=e&page=2").header("HX-Request", "true")
                .send();
        assertEquals(List.of("Grace", "Ada"), names(searched.context().get("entries")), "the search is paginated");
        searched.assertContains("href=\"/guestbook/?q=e&amp;page=1\"");
    }

    static Stream<String> badPages() {
        return Stream.of("3", "0", "-1", "two", "9999999999");
    }

    @ParameterizedTest(name = "?page={0} is 404")
    @MethodSource
    void badPages(String page) {
        client.get("/guestbook/?page=" + page).assertStatus(404);
    }

    @Test
    void aGuestbookRequestsJourneyHoldsItsSqlAfterTheViewWasCalled() {
        Journey journey = client.get("/guestbook/?q=ada").assertStatus(200).journey();

        List<String> events = journey.stops().stream().map(s -> s.layer() + " " + s.event()).toList();
        int view = events.indexOf("view called");
        List<Journey.Stop> statements = journey.stops("db");
        assertEquals(2, statements.size(), "the page's count, then its rows: " + statements);
        assertTrue(view >= 0 && events.indexOf("db query") > view, events.toString());
        Map<String, Object> count = statements.get(0).facts();
        assertTrue(((String) count.get("sql")).startsWith("SELECT COUNT(*)"), count.toString());
        Map<String, Object> rows = statements.get(1).facts();
        assertTrue(((String) rows.get("sql")).contains("FROM \"guestbook_entry\""), rows.toString());
        assertTrue(((String) rows.get("sql")).contains("ORDER BY"), rows.toString());
        assertTrue(rows.get("params").toString().contains("ada"), rows.toString());
        assertEquals(1L, ((Number) rows.get("rows")).longValue());
    }

    @Test
    void aSigningsJourneyHoldsItsInsertWithTheValuesTyped() {
        Journey journey = client.post("/guestbook/", Map.of("name", "Linus", "message", "Journeyed")).journey();

        List<Map<String, Object>> inserts = journey.stops("db").stream().map(Journey.Stop::facts)
                .filter(f -> String.valueOf(f.get("sql")).startsWith("INSERT INTO \"guestbook_entry\"")).toList();
        assertEquals(1, inserts.size(), journey.stops("db").toString());
        assertTrue(inserts.getFirst().get("params").toString().contains("Journeyed"), inserts.toString());
    }

    /** The SQL of each statement a request ran, in order. */
    private static List<String> statements(Journey journey) {
        return journey.stops("db").stream().map(s -> (String) s.facts().get("sql")).filter(sql -> sql != null)
                .toList();
    }
}
