package dev.cairn.web.routing;

import static dev.cairn.web.routing.Routes.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.HttpException;
import dev.cairn.journey.Journey;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConverterAndJourneyTest {
    /** Four digits as a {@link Year}, registered as {@code <year:...>}. */
    private static final Converter<Year> YEAR = Converter.of("[0-9]{4}", Year::parse, y -> String.format("%04d",
            y.getValue()));
    /** An ISO date whose fromPath rejects February 30th: a shape match that still is no match. */
    private static final Converter<LocalDate> DATE = Converter.of("[0-9]{4}-[0-9]{2}-[0-9]{2}", LocalDate::parse,
            LocalDate::toString);

    private static final Resolver<String> SITE = Resolver.<String>builder()
            .converter("year", YEAR)
            .converter("date", DATE)
            .routes(List.of(
                    path("archive/<year:y>/", "year", "archive"),
                    path("archive/<date:day>/", "day", "day"),
                    path("archive/<str:other>/", "other", "other")))
            .build();

    static Stream<Arguments> customConvertersMatch() {
        return Stream.of(
                Arguments.of("/archive/2024/", "year", Map.of("y", Year.of(2024))),
                Arguments.of("/archive/0999/", "year", Map.of("y", Year.of(999))),
                Arguments.of("/archive/2024-02-29/", "day", Map.of("day", LocalDate.of(2024, 2, 29))),
                Arguments.of("/archive/2023-02-30/", "other", Map.of("other", "2023-02-30")),
                Arguments.of("/archive/20245/", "other", Map.of("other", "20245")));
    }

    @ParameterizedTest
    @MethodSource
    void customConvertersMatch(String path, String view, Map<String, Object> kwargs) throws HttpException {
        var match = assertInstanceOf(Resolution.Match.class, SITE.resolve("GET", path));
        assertEquals(view, match.view());
        assertEquals(kwargs, match.kwargs());
    }

    @Test
    void customConvertersReverse() {
        assertEquals("/archive/0999/", SITE.reverse("archive", Year.of(999)));
        assertEquals("/archive/2024-02-29/", SITE.reverse("day", Map.of("day", LocalDate.of(2024, 2, 29))));
        NoReverseMatch e = assertThrows(NoReverseMatch.class, () -> SITE.reverse("archive", Year.of(12345)));
        assertEquals("reverse('archive'): argument 'y' = '12345' (Year) does not fit converter 'year' in pattern"
                + " 'archive/<year:y>/'", e.getMessage());
    }

    @Test
    void aRegisteredConverterCanReplaceABuiltIn() throws HttpException {
        Converter<Integer> small = Converter.of("[0-9]{1,3}", Integer::valueOf, String::valueOf);
        Resolver<String> resolver = Resolver.<String>builder().converter("int", small)
                .routes(List.of(path("n/<int:n>/", "n"))).build();
        assertEquals(Map.of("n", 12), ((Resolution.Match<String>) resolver.resolve("GET", "/n/12/")).kwargs());
        assertInstanceOf(Resolution.NotFound.class, resolver.resolve("GET", "/n/1234/"));
    }

    static Stream<Arguments> builtInShapes() {
        return Stream.of(
                Arguments.of(BuiltinConverters.INT, "0", true),
                Arguments.of(BuiltinConverters.INT, "", false),
                Arguments.of(BuiltinConverters.INT, "+1", false),
                Arguments.of(BuiltinConverters.INT, "١", false),
                Arguments.of(BuiltinConverters.SLUG, "a-Z_0", true),
                Arguments.of(BuiltinConverters.SLUG, "a.b", false),
                Arguments.of(BuiltinConverters.SLUG, "é", false),
                Arguments.of(BuiltinConverters.STR, "é a", true),
                Arguments.of(BuiltinConverters.STR, "", false),
                Arguments.of(BuiltinConverters.UUID_CONVERTER, "00000000-0000-0000-0000-000000000000", true),
                Arguments.of(BuiltinConverters.UUID_CONVERTER, "0000000g-0000-0000-0000-000000000000", false),
                Arguments.of(BuiltinConverters.UUID_CONVERTER, "00000000-0000-0000-0000-0000000000000", false),
                Arguments.of(BuiltinConverters.UUID_CONVERTER, "00000000_0000-0000-0000-000000000000", false),
                Arguments.of(BuiltinConverters.PATH, "a/b", true),
                Arguments.of(BuiltinConverters.PATH, "", false));
    }

    @ParameterizedTest
    @MethodSource
    void builtInShapes(Converter<?> converter, String segment, boolean matches) {
        assertEquals(matches, converter.matches(segment));
    }

    @Test
    void uuidConverterReadsAndWritesCanonicalForm() {
        UUID id = UUID.randomUUID();
        assertEquals(id, BuiltinConverters.UUID_CONVERTER.fromPath(id.toString()));
        assertEquals(id.toString(), BuiltinConverters.UUID_CONVERTER.toPath(id));
    }

    @Test
    void journeyRecordsTheMatchWithItsKwargs() throws Exception {
        Journey journey = Journey.begin("1-1");
        journey.carry(() -> SITE.resolve("GET", "/archive/2024/"));
        List<Journey.Stop> stops = journey.stops("routing");
        assertEquals(1, stops.size());
        assertEquals("resolved", stops.getFirst().event());
        Map<String, Object> facts = stops.getFirst().facts();
        assertEquals("archive/<year:y>/", facts.get("route"));
        assertEquals("archive", facts.get("name"));
        assertEquals(Map.of("y", Year.of(2024)), facts.get("kwargs"));
        assertEquals(1, facts.get("tried"));
    }

    @Test
    void journeyRecordsHowManyRoutesWereTriedBeforeTheMatch() throws Exception {
        Journey journey = Journey.begin("1-2");
        journey.carry(() -> SITE.resolve("GET", "/archive/x/"));
        assertEquals(3, journey.stops("routing").getFirst().facts().get("tried"));
    }

    @Test
    void journeyRecordsNotFoundWithTheCountTried() throws Exception {
        Journey journey = Journey.begin("1-3");
        journey.carry(() -> SITE.resolve("GET", "/nope/"));
        Journey.Stop stop = journey.stops("routing").getFirst();
        assertEquals("not found", stop.event());
        assertEquals(3, stop.facts().get("tried"));
        assertEquals("/nope/", stop.facts().get("path"));
    }

    @Test
    void journeyRecordsMethodNotAllowed() throws Exception {
        Resolver<String> resolver = Resolver.<String>builder()
                .routes(List.of(path("x/", "x").methods("POST"))).build();
        Journey journey = Journey.begin("1-4");
        journey.carry(() -> resolver.resolve("GET", "/x/"));
        Journey.Stop stop = journey.stops("routing").getFirst();
        assertEquals("method not allowed", stop.event());
        assertEquals(Set.of("POST"), stop.facts().get("allowed"));
    }

    @Test
    void nothingIsRecordedWhenNoJourneyIsBound() throws HttpException {
        assertTrue(Journey.current() == null);
        assertFalse(SITE.resolve("GET", "/archive/2024/") instanceof Resolution.NotFound);
    }
}
