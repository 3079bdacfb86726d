package dev.cairn.contrib.db;

import static dev.cairn.web.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.contrib.shelf.Shelf;
import dev.cairn.contrib.shelf.Tag;
import dev.cairn.db.Database;
import dev.cairn.db.DatabaseUrl;
import dev.cairn.db.Databases;
import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ATOMIC_REQUESTS: what a view wrote stays only when its request ends well, on each of the four test databases
 * (SQLite in memory and in a file, PostgreSQL, MariaDB).
 */
class AtomicRequestsTest {

    @RegisterExtension
    static final Shelf SHELF = new Shelf();

    /** A site whose views each write a tag named by the path, then end as their name says. */
    private static Client site(String atomicRequests) {
        Settings settings = Settings.builder().debug(false).secretKey("test-only-key-for-atomic-requests")
                .allowedHosts("localhost").set(DatabaseSettings.ATOMIC_REQUESTS, atomicRequests).build();
        WebApp app = WebApp.builder()
                .settings(settings)
                .middleware(AtomicRequests.fromSettings(settings))
                .routes(path("<slug:name>/ok/", request -> {
                    tag(request);
                    return Response.text("kept");
                }), path("<slug:name>/boom/", request -> {
                    tag(request);
                    throw new IllegalStateException("the view broke after writing");
                }), path("<slug:name>/unavailable/", request -> {
                    tag(request);
                    return Response.text("down").status(503);
                }), path("<slug:name>/missing/", request -> {
                    tag(request);
                    throw HttpError.notFound("an answer, not a failure");
                }), path("<slug:name>/savepoint/", request -> {
                    Database db = Databases.installed().defaultDatabase();
                    try {
                        db.atomic(() -> {
                            tag(request);
                            throw new IllegalStateException("only this block rolls back");
                        });
                    } catch (IllegalStateException expected) {
                        new Tag(request.kwarg("name") + "-after").save();
                    }
                    return Response.text("partly kept");
                }))
                .build();
        return Client.of(app);
    }

    private static void tag(Request request) {
        new Tag((String) request.kwarg("name")).save();
    }

    private static boolean kept(String name) {
        return Tag.objects.filter("name", name).exists();
    }

    static Stream<Arguments> endings() {
        return Shelf.onEachDatabase(Stream.of(
                // ATOMIC_REQUESTS, the view's ending, its status, whether its write is kept
                Arguments.of("true", "ok", 200, true),
                Arguments.of("true", "boom", 500, false),
                Arguments.of("true", "unavailable", 503, false),
                Arguments.of("true", "missing", 404, true),
                Arguments.of("default", "boom", 500, false),
                Arguments.of("false", "boom", 500, true),
                Arguments.of("", "unavailable", 503, true)));
    }

    @ParameterizedTest(name = "on {0}, ATOMIC_REQUESTS={1}: a view that ends {2} ({3}) keeps its write: {4}")
    @MethodSource
    void endings(String db, String setting, String ending, int status, boolean kept) {
        SHELF.use(db);
        site(setting).get("/written/" + ending + "/").assertStatus(status);
        assertEquals(kept, kept("written"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aViewsOwnBlockIsASavepointInsideTheRequestsTransaction(String db) {
        SHELF.use(db);
        site("true").get("/inner/savepoint/").assertStatus(200);
        assertEquals(false, kept("inner"));
        assertEquals(true, kept("inner-after"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void theRollbackIsOnTheJourney(String db) {
        SHELF.use(db);
        TestResponse response = site("true").get("/journey/boom/").assertStatus(500);
        var stop = response.journey().stops().stream().filter(s -> s.event().equals("atomic-request")).findFirst()
                .orElseThrow();
        assertEquals("default", stop.facts().get("database"));
        assertEquals(500, stop.facts().get("status"));
    }

    static Stream<Arguments> vendors() {
        return Stream.of(
                Arguments.of("sqlite-memory", DatabaseUrl.Vendor.SQLITE),
                Arguments.of("sqlite-file", DatabaseUrl.Vendor.SQLITE),
                Arguments.of("postgresql", DatabaseUrl.Vendor.POSTGRESQL),
                Arguments.of("mariadb", DatabaseUrl.Vendor.MARIADB));
    }

    @ParameterizedTest(name = "on {0} ({1})")
    @MethodSource("vendors")
    void aFailedRequestsWritesAreGoneFromTheDatabaseItself(String db, DatabaseUrl.Vendor vendor) {
        Database database = SHELF.use(db);
        assertEquals(vendor, database.url().vendor(), "the test runs on the server it names");
        Client client = site("true");

        client.get("/first/boom/").assertStatus(500);
        client.get("/second/unavailable/").assertStatus(503);
        client.get("/third/ok/").assertStatus(200);

        assertEquals(List.of("classic", "funny", "third"), namesSeenElsewhere(database),
                "another connection sees the rows that were there, and the one request that ended well");
    }

    /** The tags' names as a connection other than this thread's reads them. */
    private static List<String> namesSeenElsewhere(Database database) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return CompletableFuture.supplyAsync(() -> database.query("SELECT name FROM shelf_tag ORDER BY name",
                    List.of(), rows -> rows.getString(1)), executor).join();
        }
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of("true", null),
                Arguments.of("ON", null),
                Arguments.of("false", List.of()),
                Arguments.of("", List.of()),
                Arguments.of("default", List.of("default")),
                Arguments.of("default, reports", List.of("default", "reports")));
    }

    @ParameterizedTest(name = "ATOMIC_REQUESTS=\"{0}\" wraps {1} (null: every database)")
    @MethodSource
    void settings(String value, List<String> databases) {
        Settings settings = Settings.builder().set(DatabaseSettings.ATOMIC_REQUESTS, value).build();
        assertEquals(databases, AtomicRequests.fromSettings(settings).databases());
    }

    @Test
    void withoutTheSettingNothingIsWrapped() {
        assertEquals(List.of(), AtomicRequests.fromSettings(Settings.builder().build()).databases());
        assertNull(AtomicRequests.all().databases());
    }

    @Test
    void anUnknownDatabaseFailsTheRequestNamingTheOnesThereAre() {
        Settings settings = Settings.builder().debug(false).secretKey("test-only-key-for-atomic-requests")
                .allowedHosts("localhost").build();
        WebApp app = WebApp.builder().settings(settings).middleware(AtomicRequests.on("reports")).routes(path("",
                request -> Response.text("never"))).build();
        Client.of(app).get("/").assertStatus(500);
        assertThrows(NullPointerException.class, () -> AtomicRequests.on((String) null));
    }
}
