package dev.cairn.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.cairn.http.HttpException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of the size the benchmark uses: every route must resolve to itself when reversed with random values,
 * from many threads at once, and percent-encoded values must survive the trip.
 */
class LargeTableTest {
    private static final int SIZE = 1000;
    private static final List<Route<Integer>> TABLE = table();
    private static final Resolver<Integer> RESOLVER = Resolver.<Integer>builder().routes(TABLE).build();
    private static final String[] TEXTS = {"a", "hello world", "caf\u00e9", "a/b", "?&=#", "100%", "\u65e5\u672c",
            "...", "x+y", "\uD83D\uDE00"};

    private static List<Route<Integer>> table() {
        List<Route<Integer>> table = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            String app = "app" + i / 5;
            table.add(switch (i % 5) {
                case 0 -> Routes.path(app + "/", i, "index-" + i);
                case 1 -> Routes.path(app + "/items/<int:pk>/", i, "item-" + i);
                case 2 -> Routes.path(app + "/items/<slug:slug>/edit/", i, "edit-" + i);
                case 3 -> Routes.path(app + "/search/<str:q>/", i, "search-" + i);
                default -> Routes.path(app + "/files/<path:file>", i, "file-" + i);
            });
        }
        return table;
    }

    /** Values that fit route {@code index}'s converters, drawn from {@code random}. */
    private static Map<String, Object> values(int index, Random random) {
        return switch (index % 5) {
            case 0 -> Map.of();
            case 1 -> Map.of("pk", (long) random.nextInt(Integer.MAX_VALUE));
            case 2 -> Map.of("slug", "s-" + random.nextInt(1000) + "_x");
            case 3 -> Map.of("q", TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(10));
            default -> Map.of("file", "dir/" + TEXTS[random.nextInt(TEXTS.length)] + "/f.txt");
        };
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 10).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyRouteRoundTrips(int seed) throws HttpException {
        Random random = new Random(seed);
        for (Route<Integer> route : TABLE) {
            Map<String, Object> kwargs = values(route.view(), random);
            String path = RESOLVER.reverse(route.name(), kwargs);
            var match = assertInstanceOf(Resolution.Match.class, RESOLVER.resolve("GET", path), path);
            assertEquals(route.view(), match.view(), path);
            assertEquals(kwargs, match.kwargs(), path);
        }
    }

    @Test
    void resolvingIsSafeFromManyThreads() throws Exception {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    int matched = 0;
                    for (int i = 0; i < 2000; i++) {
                        int index = random.nextInt(SIZE);
                        Map<String, Object> kwargs = values(index, random);
                        var resolution = RESOLVER.resolve("GET", RESOLVER.reverse(TABLE.get(index).name(), kwargs));
                        if (resolution instanceof Resolution.Match<Integer> m && m.view() == index
                                && m.kwargs().equals(kwargs)) {
                            matched++;
                        }
                    }
                    return matched;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(2000, result.get());
            }
        }
    }

    @Test
    void theLastRouteOfALargeTableWins() throws HttpException {
        var match = (Resolution.Match<Integer>) RESOLVER.resolve("GET", "/app199/files/x");
        assertEquals(SIZE - 1, match.view());
        assertEquals("file-999", match.name());
    }

    @Test
    void aMissInALargeTableListsEveryPattern() throws HttpException {
        var notFound = (Resolution.NotFound<Integer>) RESOLVER.resolve("GET", "/app0/items/nope!/edit/");
        assertEquals(SIZE, notFound.tried().size());
        assertEquals("app199/files/<path:file>", notFound.tried().getLast());
    }

    @Test
    void trailingSlashesAndEmptySegmentsCount() throws HttpException {
        assertInstanceOf(Resolution.NotFound.class, RESOLVER.resolve("GET", "/app0"));
        assertInstanceOf(Resolution.NotFound.class, RESOLVER.resolve("GET", "/app0//"));
        assertInstanceOf(Resolution.NotFound.class, RESOLVER.resolve("GET", "/app0/items/1"));
        assertInstanceOf(Resolution.NotFound.class, RESOLVER.resolve("GET", "//app0/"));
        var file = (Resolution.Match<Integer>) RESOLVER.resolve("GET", "/app0/files/a//b/");
        assertEquals(Map.of("file", "a//b/"), file.kwargs());
    }

    @Test
    void encodedSlashStaysInsideItsSegment() throws HttpException {
        var search = (Resolution.Match<Integer>) RESOLVER.resolve("GET", "/app0/search/a%2Fb/");
        assertEquals(Map.of("q", "a/b"), search.kwargs());
        assertInstanceOf(Resolution.NotFound.class, RESOLVER.resolve("GET", "/app0/search/a/b/"));
        assertInstanceOf(Resolution.NotFound.class, RESOLVER.resolve("GET", "/app0%2Fsearch/a/"));
    }
}
