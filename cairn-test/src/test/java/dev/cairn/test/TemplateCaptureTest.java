package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.journey.Journey;
import dev.cairn.web.WebApp;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A response remembers the templates it was rendered from and the context they were given, through the journey. */
class TemplateCaptureTest {

    private static final WebApp APP = Site.app();

    static Stream<Arguments> renders() {
        return Stream.of(
                Arguments.of("/", List.of("home.html"), "name", "world"),
                Arguments.of("/?name=ann", List.of("home.html"), "name", "ann"),
                Arguments.of("/form/", List.of("form.html"), "title", ""),
                Arguments.of("/done/?title=Trip", List.of("done.html"), "title", "Trip"),
                Arguments.of("/fragment/", List.of("list.html"), "count", 2),
                Arguments.of("/two/", List.of("email.txt", "home.html"), "name", "page"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("renders")
    void templatesAreListedInRenderOrderAndTheContextIsTheLastOnes(String path, List<String> templates, String key,
            Object value) {
        TestResponse response = Client.of(APP).get(path);

        assertEquals(templates, response.templates());
        assertEquals(value, response.context().get(key));
    }

    @Test
    void theContextHoldsTheViewsOwnObjectsNotTheirText() {
        Map<String, Object> context = Client.of(APP).get("/").context();

        assertEquals(Map.of("name", "world", "items", List.of("stone", "path")), context);
        assertThrows(UnsupportedOperationException.class, () -> context.put("name", "changed"));
    }

    @Test
    void aResponseRenderedFromNoTemplateHasNone() {
        TestResponse response = Client.of(APP).get("/hello/");

        assertEquals(List.of(), response.templates());
    }

    @Test
    void anInvalidFormsContextCarriesTheError() {
        TestResponse response = Client.of(APP).post("/form/", Map.of("title", ""));

        response.assertStatus(200).assertTemplateUsed("form.html").assertContains("A title is required");
        assertEquals("A title is required", response.context().get("error"));
    }

    @Test
    void afterRedirectsTheTemplatesAreTheFinalResponses() {
        TestResponse response = Client.of(APP).followRedirects(true).post("/form/", Map.of("title", "Trip"));

        assertEquals(List.of("done.html"), response.templates());
        assertEquals("Trip", response.context().get("title"));
    }

    @Test
    void theJourneyRecordsTheRequestTheViewAndTheRender() {
        Journey journey = Client.of(APP).get("/fragment/").journey();

        Journey.Stop request = journey.stops("web").getFirst();
        assertEquals("request", request.event());
        assertEquals("GET", request.facts().get("method"));
        assertEquals("/fragment/", request.facts().get("target"));
        assertEquals("fragment", journey.stops("view").getFirst().facts().get("name"));
        Journey.Stop render = journey.stops("templates").getFirst();
        assertEquals("rows", render.facts().get("block"));
        assertEquals(List.of("a", "b"), ((Map<?, ?>) render.facts().get("context")).get("rows"));
        assertEquals(200, journey.stops("web").getLast().facts().get("status"));
    }

    @Test
    void eachRequestHasAJourneyOfItsOwnAndRecordingEndsWithTheRequest() {
        Client client = Client.of(APP);

        Journey first = client.get("/").journey();
        Journey second = client.get("/hello/").journey();

        assertEquals(1, first.stops("templates").size());
        assertEquals(0, second.stops("templates").size());
        assertEquals(false, first.id().equals(second.id()));
        assertNull(Journey.current());
    }
}
