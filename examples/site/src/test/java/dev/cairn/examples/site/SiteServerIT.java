package dev.cairn.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.journey.Journey;
import dev.cairn.journey.RecentJourneys;
import dev.cairn.server.Server;
import dev.cairn.web.settings.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The site served as {@link Main} serves it, on a real socket: in DEBUG the server records each request's journey,
 * the guestbook's SQL among its stops, for the debug pages; with DEBUG off it records nothing.
 */
class SiteServerIT {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "DEBUG {0}")
    @ValueSource(booleans = {true, false})
    void aGuestbookRequestsJourneyHoldsItsSqlOnlyInDebug(boolean debug) throws Exception {
        Settings settings = Settings.builder().debug(debug).secretKey(Site.DEVELOPMENT.get(Settings.SECRET_KEY))
                .allowedHosts("127.0.0.1").set(Settings.PORT, "0").set(Settings.DATABASE_URL, "sqlite:///" + folder
                        .resolve("db.sqlite3"))
                .build();
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed, true);
        assertEquals(0, Main.command(settings, out, out, "migrate"), printed::toString);
        RecentJourneys journeys = new RecentJourneys(10);
        try (Startup site = Startup.open(settings, out, out)) {
            new Entry("Ada", "Over a real socket").save();
            Server server = Main.server(settings, site.app(), journeys);
            server.start();
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + server.port() + "/guestbook/?q=ada")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertTrue(response.body().contains("Over a real socket"), response.body());
            } finally {
                server.stop();
            }
        }

        if (!debug) {
            assertNull(journeys.last(), "nothing is recorded out of DEBUG");
            return;
        }
        Journey journey = journeys.last();
        List<String> sql = journey.stops("db").stream().map(s -> (String) s.facts().get("sql")).toList();
        assertEquals(2, sql.size(), sql::toString);
        assertTrue(sql.getLast().contains("FROM \"guestbook_entry\""), sql::toString);
        assertTrue(journey.stops().stream().anyMatch(s -> s.event().equals("called")), "the view is on it too");
    }
}
