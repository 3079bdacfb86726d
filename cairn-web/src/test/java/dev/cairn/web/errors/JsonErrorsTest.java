package dev.cairn.web.errors;

import static dev.cairn.web.errors.ErrorSite.MARKER;
import static dev.cairn.web.errors.ErrorSite.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.WebApp;
import dev.cairn.web.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A client that prefers JSON gets its error as JSON: status and reason, and a detail in debug only. */
class JsonErrorsTest {

    private static final String JSON = "application/json";

    static Stream<Arguments> production() {
        return Stream.of(
                Arguments.of("/bad/", "{\"status\":400,\"error\":\"Bad Request\"}"),
                Arguments.of("/forbidden/", "{\"status\":403,\"error\":\"Forbidden\"}"),
                Arguments.of("/nowhere/", "{\"status\":404,\"error\":\"Not Found\"}"),
                Arguments.of("/only-post/", "{\"status\":405,\"error\":\"Method Not Allowed\"}"),
                Arguments.of("/boom/", "{\"status\":500,\"error\":\"Internal Server Error\"}"),
                Arguments.of("/down/", "{\"status\":503,\"error\":\"Service Unavailable\"}"));
    }

    @ParameterizedTest(name = "GET {0} with Accept: application/json is {1}")
    @MethodSource("production")
    void outOfDebugTheJsonIsStatusAndReasonOnly(String target, String json) {
        ErrorSite.Answer answer = get(ErrorSite.production(), target, "Accept", JSON);
        assertEquals(json, answer.body());
        assertEquals(JSON, answer.header("Content-Type"));
        assertEquals("Accept", answer.header("Vary"));
    }

    static Stream<Arguments> debug() {
        return Stream.of(
                Arguments.of("/bad/", "{\"status\":400,\"error\":\"Bad Request\",\"detail\":\"bad input " + MARKER
                        + "\"}"),
                Arguments.of("/boom/", "{\"status\":500,\"error\":\"Internal Server Error\",\"detail\":\"view failed: "
                        + MARKER + "\"}"),
                Arguments.of("/only-post/", "{\"status\":405,\"error\":\"Method Not Allowed\",\"detail\":\"Allowed "
                        + "methods: POST\"}"),
                Arguments.of("/nowhere/?password=x", "{\"status\":404,\"error\":\"Not Found\",\"detail\":\"No route "
                        + "matches /nowhere/; tried: , posts/<int:pk>/, boom/, bad/, forbidden/, large/, down/, "
                        + "template/, reflect/<str:word>/, only-post/\"}"));
    }

    @ParameterizedTest(name = "GET {0} in debug is {1}")
    @MethodSource("debug")
    void inDebugTheJsonHasADetail(String target, String json) {
        assertEquals(json, get(ErrorSite.debug(), target, "Accept", "application/json, */*").body());
    }

    @Test
    void a405AsJsonStillCarriesAllow() {
        ErrorSite.Answer answer = get(ErrorSite.production(), "/only-post/", "Accept", JSON);
        assertEquals(405, answer.status());
        assertEquals("POST", answer.header("Allow"));
    }

    @Test
    void aBrowserGetsHtml() {
        ErrorSite.Answer answer = get(ErrorSite.production(), "/nowhere/", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals("text/html; charset=utf-8", answer.header("Content-Type"));
    }

    @Test
    void jsonWinsOverATemplateButNotOverAView(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("404.html"), "template");
        WebApp templated = ErrorSite.withTemplates(TestSettings.production(),
                Templates.builder().folder(folder).build());
        assertEquals("{\"status\":404,\"error\":\"Not Found\"}", get(templated, "/nowhere/", "Accept", JSON).body());

        WebApp viewed = ErrorSite.withErrors(TestSettings.production(),
                ErrorPages.builder().page(404, r -> Response.json(java.util.Map.of("mine", true))).build());
        assertEquals("{\"mine\":true}", get(viewed, "/nowhere/", "Accept", JSON).body());
    }
}
