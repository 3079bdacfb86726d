package dev.cairn.web.routing;

import static dev.cairn.web.routing.Routes.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.http.HttpException;
import dev.cairn.journey.Journey;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Paths answered by the lookup of routes without parameters resolve exactly as the trie resolves them. */
class LiteralPathTest {

    private static final Resolver<String> SITE = Resolver.<String>builder()
            .routes(List.of(
                    path("", "home", "home"),
                    path("about/", "about", "about"),
                    path("submit/", "submit").methods("POST"),
                    path("submit/", "submit-form").methods("GET"),
                    path("<str:page>/", "page", "page"),
                    path("contact/", "contact", "contact")))
            .build();

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("GET", "/", "home {}"),
                Arguments.of("GET", "/about/", "about {}"),
                Arguments.of("HEAD", "/about/", "about {}"),
                Arguments.of("GET", "/ab%6Fut/", "about {}"),
                Arguments.of("POST", "/submit/", "submit {}"),
                Arguments.of("GET", "/submit/", "submit-form {}"),
                Arguments.of("PUT", "/submit/", "page {page=submit}"),
                Arguments.of("GET", "/contact/", "page {page=contact}"),
                Arguments.of("GET", "/about", "not found"),
                Arguments.of("GET", "//about/", "not found"),
                Arguments.of("GET", "about/", "about {}"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource
    void paths(String method, String path, String expected) throws HttpException {
        assertEquals(expected, describe(SITE.resolve(method, path)));
    }

    @Test
    void withAJourneyTheTrieAnswersAndRecordsTheMisses() throws Exception {
        Journey journey = Journey.begin("l-1");
        var resolution = journey.carry(() -> SITE.resolve("GET", "/about/"));
        assertEquals("about {}", describe(resolution));
        assertEquals(List.of(Map.of("pattern", "", "reason", "segment 1 is 'about', not ''")),
                journey.stops("routing").getFirst().facts().get("misses"));
    }

    @Test
    void aWrongMethodOnALiteralRouteIsStill405() throws HttpException {
        Resolver<String> site = Resolver.<String>builder().routes(List.of(path("submit/", "submit").methods("POST")))
                .build();
        assertEquals(new Resolution.MethodNotAllowed<String>(java.util.Set.of("POST")), site.resolve("GET",
                "/submit/"));
    }

    private static String describe(Resolution<String> resolution) {
        return switch (resolution) {
            case Resolution.Match<String> m -> m.view() + " " + m.kwargs();
            case Resolution.NotFound<String> n -> "not found";
            case Resolution.MethodNotAllowed<String> n -> "not allowed " + n.allowed();
        };
    }
}
