package dev.cairn.benchmarks.techempower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.db.Database;
import dev.cairn.db.DatabaseUrl;
import dev.cairn.db.Databases;
import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TechEmpower application in process against a throwaway PostgreSQL database ({@code cairn_te_test_<random>},
 * made with the same {@code benchmarks/techempower.sql} the benchmark script runs, dropped at the end): each
 * test's response shape, the clamping of {@code queries}, the fortunes' order and escaping, and that updates reach
 * the database.
 *
 * <p>
 * The server is the machine's PostgreSQL at 127.0.0.1:5432 as postgres ({@code CAIRN_TEST_POSTGRES_URL} points
 * elsewhere); when it is down the test fails rather than skipping.
 */
class TechEmpowerTest {

    private static final String ADMIN = Objects.requireNonNullElse(System.getenv("CAIRN_TEST_POSTGRES_URL"),
            "postgres://postgres@127.0.0.1:5432/postgres");
    /** The fortunes' ids in message order, the one added at request time (0) among them. */
    private static final List<Integer> FORTUNE_ORDER = List.of(11, 4, 5, 2, 8, 0, 3, 7, 10, 6, 9, 1, 12);

    private static String name;
    private static Databases before;
    private static Databases databases;
    private static Client client;

    @BeforeAll
    static void createDatabase() throws IOException {
        name = "cairn_te_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseUrl admin = DatabaseUrl.parse(ADMIN);
        try (Database server = Database.open("admin", admin)) {
            server.execute("CREATE DATABASE " + name, List.of());
        }
        Database database = Database.open(Databases.DEFAULT, admin.withDatabase(name));
        databases = Databases.of(List.of(database));
        before = Databases.install(databases);
        for (String statement : Files.readString(Path.of("..", "techempower.sql")).split(";\n")) {
            if (!statement.lines().allMatch(line -> line.isBlank() || line.startsWith("--"))) {
                database.execute(statement, List.of());
            }
        }
        client = Client.of(TechEmpower.app(TechEmpower.settings()));
    }

    @AfterAll
    static void dropDatabase() {
        Databases.install(before);
        if (databases != null) {
            databases.close();
        }
        try (Database server = Database.open("admin", ADMIN)) {
            server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", List.of());
        }
    }

    @Test
    void dbIsOneRandomWorld() {
        TestResponse response = client.get("/db").assertStatus(200);
        assertEquals("application/json", response.header("Content-Type"));
        assertWorld(response.json());
    }

    @ParameterizedTest(name = "queries={0} -> {1} rows")
    @CsvSource(nullValues = "MISSING", value = {"MISSING, 1", "'', 1", "abc, 1", "0, 1", "-3, 1", "1, 1", "20, 20",
            "500, 500", "501, 500", "99999999999, 1"})
    void queriesAreClampedToOneTo500(String queries, int rows) {
        for (String path : List.of("/queries", "/updates")) {
            TestResponse response = (queries == null
                    ? client.get(path)
                    : client.get(path, Map.of("queries",
                            queries)))
                    .assertStatus(200);
            assertEquals("application/json", response.header("Content-Type"), path);
            JsonNode worlds = response.json();
            assertTrue(worlds.isArray(), path + " answers an array");
            assertEquals(rows, worlds.size(), path);
            worlds.forEach(TechEmpowerTest::assertWorld);
        }
    }

    @Test
    void updatesReachTheDatabase() {
        JsonNode worlds = client.get("/updates", Map.of("queries", "20")).assertStatus(200).json();
        Map<Integer, Integer> sent = new HashMap<>();
        // A row drawn twice in one request keeps the number of its last update.
        worlds.forEach(w -> sent.put(w.get("id").asInt(), w.get("randomNumber").asInt()));
        for (Map.Entry<Integer, Integer> world : sent.entrySet()) {
            assertEquals(world.getValue(), World.objects.get("id", world.getKey()).randomNumber, "world " + world
                    .getKey());
        }
    }

    @Test
    void fortunesAreSortedEscapedAndIncludeTheAddedOne() {
        TestResponse response = client.get("/fortunes").assertStatus(200);
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        String html = response.text();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        List<Integer> ids = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>(\\d+)</td><td>").matcher(html);
        while (row.find()) {
            ids.add(Integer.parseInt(row.group(1)));
        }
        assertEquals(FORTUNE_ORDER, ids);
        assertTrue(html.contains("<td>&lt;script&gt;alert(&quot;This should not be displayed in a browser alert "
                + "box.&quot;);&lt;/script&gt;</td>"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<td>0</td><td>Additional fortune added at request time.</td>"), html);
        assertTrue(html.contains("<td>フレームワークのベンチマーク</td>"), html);
        assertTrue(html.contains("aren&#39;t broken."), html);
    }

    @Test
    void plaintextAndJsonAnswerAsBenchMainDoes() {
        assertEquals("Hello, World!", client.get("/plaintext").assertStatus(200).text());
        TestResponse json = client.get("/json").assertStatus(200);
        assertEquals("application/json", json.header("Content-Type"));
        assertEquals("{\"message\":\"Hello, World!\"}", json.text());
    }

    /** A world as the tests send it: exactly an id and a number, both in 1..10,000. */
    private static void assertWorld(JsonNode world) {
        assertTrue(world.isObject(), world::toString);
        assertEquals(2, world.size(), world::toString);
        for (String field : List.of("id", "randomNumber")) {
            assertTrue(world.get(field).isInt(), world::toString);
            int value = world.get(field).asInt();
            assertTrue(value >= 1 && value <= 10_000, world::toString);
        }
    }
}
