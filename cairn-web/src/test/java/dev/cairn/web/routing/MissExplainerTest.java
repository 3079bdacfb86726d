package dev.cairn.web.routing;

import static dev.cairn.web.routing.Routes.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.journey.Journey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MissExplainerTest {

    private static final Converter<LocalDate> DATE = Converter.of("[0-9]{4}-[0-9]{2}-[0-9]{2}", LocalDate::parse,
            LocalDate::toString);

    private static final Resolver<String> SITE = Resolver.<String>builder()
            .converter("date", DATE)
            .routes(List.of(
                    path("users/<int:pk>/", "user"),
                    path("users/<int:pk>/edit/", "edit").methods("POST"),
                    path("day/<date:d>/", "day"),
                    path("files/<path:rest>", "files"),
                    path("about/", "about")))
            .build();

    static Stream<Arguments> eachMissSaysWhy() {
        return Stream.of(
                Arguments.of("GET", "/users/abc/", "users/<int:pk>/", "segment 2 'abc' is not a <int:pk>"),
                Arguments.of("GET", "/about/", "users/<int:pk>/", "segment 1 is 'about', not 'users'"),
                Arguments.of("GET", "/users/", "users/<int:pk>/", "segment 2 '' is not a <int:pk>"),
                Arguments.of("GET", "/users/7", "users/<int:pk>/", "the path ends before segment 3"),
                Arguments.of("GET", "/users/7/edit/", "users/<int:pk>/", "segment 3 is 'edit', not ''"),
                Arguments.of("GET", "/users/7/edit/", "users/<int:pk>/edit/", "does not accept GET"),
                Arguments.of("GET", "/day/2023-02-30/", "day/<date:d>/",
                        "<date:d> refused '2023-02-30': Text '2023-02-30' could not be parsed: Invalid date 'FEBRUARY 30'"),
                Arguments.of("GET", "/files/", "files/<path:rest>", "<path:rest> has nothing to match"),
                Arguments.of("GET", "/about/more/", "about/", "segment 2 is 'more', not ''"),
                Arguments.of("GET", "/about/x/y", "about/", "segment 2 is 'x', not ''"));
    }

    @ParameterizedTest(name = "{0} {1} against {2}: {3}")
    @MethodSource
    void eachMissSaysWhy(String method, String path, String pattern, String reason) throws Exception {
        Journey journey = Journey.begin("m-1");
        journey.carry(() -> SITE.resolve(method, path));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> misses = (List<Map<String, String>>) journey.stops("routing").getFirst().facts()
                .get("misses");
        Map<String, String> miss = misses.stream().filter(m -> m.get("pattern").equals(pattern)).findFirst()
                .orElseThrow(() -> new AssertionError(pattern + " not among " + misses));
        assertEquals(reason, miss.get("reason"));
    }

    @Test
    void onlyRoutesBeforeTheMatchAreExplained() throws Exception {
        Journey journey = Journey.begin("m-2");
        journey.carry(() -> SITE.resolve("GET", "/day/2024-01-01/"));
        List<?> misses = (List<?>) journey.stops("routing").getFirst().facts().get("misses");
        assertEquals(2, misses.size());
    }

    @Test
    void aLongTableIsCutShortWithACount() throws Exception {
        List<Route<String>> routes = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            routes.add(path("r" + i + "/", "v" + i));
        }
        Resolver<String> big = Resolver.<String>builder().routes(routes).build();
        Journey journey = Journey.begin("m-3");
        journey.carry(() -> big.resolve("GET", "/nowhere/"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> misses = (List<Map<String, String>>) journey.stops("routing").getFirst().facts()
                .get("misses");
        assertEquals(MissExplainer.LIMIT + 1, misses.size());
        assertEquals("70 more routes not shown", misses.getLast().get("reason"));
    }
}
