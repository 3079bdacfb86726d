package dev.cairn.web.errors;

import static dev.cairn.web.errors.DebugPagesTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.journey.Journey;
import dev.cairn.web.Exchanges;
import dev.cairn.web.HttpError;
import dev.cairn.web.TestSettings;
import dev.cairn.web.WebApp;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends or an exception says reaches a debug page escaped: markup through the path, a header, a
 * query value and an exception message shows as text and never runs.
 */
class ErrorPageEscapingTest {

    private static final WebApp APP = ErrorSite.debug();

    @Test
    void everyInjectedScriptOnTheTechnicalPageIsEscaped() throws Exception {
        var exchange = Exchanges.get("/reflect/%3Cscript%3Epath()%3C%2Fscript%3E/?q=%3Cscript%3Equery()%3C%2Fscript%3E",
                "X-Evil", "<script>header()</script>", "<script>name</script>", "value");
        Journey journey = Journey.begin("<script>journey()</script>");
        String body = ErrorSite.Answer.of(journey.carry(() -> APP.handle(exchange))).body();

        assertNoScript(body);
        for (String vector : new String[]{"path()", "query()", "header()", "message()", "journey()"}) {
            assertTrue(body.contains("&lt;script&gt;" + vector + "&lt;/script&gt;"), vector + " not shown escaped");
        }
        assertTrue(body.contains("<th>&lt;script&gt;name&lt;/script&gt;</th>"), "a header name is escaped");
        assertInOrder(body, "<h1>Internal Server Error (500)</h1>",
                "<pre>java.lang.IllegalStateException: &lt;script&gt;message()&lt;/script&gt; "
                        + "&lt;script&gt;header()&lt;/script&gt;</pre>");
    }

    static Stream<Arguments> clientPages() {
        return Stream.of(
                Arguments.of("/%3Cscript%3Epath()%3C%2Fscript%3E/", 404),
                Arguments.of("/<script>raw()</script>/", 404),
                Arguments.of("/only-post/?next=<script>query()</script>", 405));
    }

    @ParameterizedTest(name = "GET {0} ({1}) escapes the path")
    @MethodSource("clientPages")
    void debugClientErrorPagesEscapeThePath(String target, int status) {
        ErrorSite.Answer answer = ErrorSite.get(APP, target);
        assertEquals(status, answer.status());
        assertNoScript(answer.body());
        assertTrue(answer.body().contains("&lt;script&gt;"), answer.body());
    }

    @Test
    void aMessageInA400IsEscaped() {
        WebApp app = WebApp.builder().settings(TestSettings.debug())
                .middleware("refuse", (request, next) -> {
                    throw HttpError.badRequest("bad <img src=x onerror=alert(1)> " + request.header("X-Evil"));
                }).build();
        String body = ErrorSite.get(app, "/", "X-Evil", "<script>header()</script>").body();
        assertNoScript(body);
        assertFalse(body.contains("<img"), body);
        assertTrue(body.contains("<pre>bad &lt;img src=x onerror=alert(1)&gt; &lt;script&gt;header()&lt;/script&gt;"
                + "</pre>"), body);
    }

    @Test
    void productionPagesDoNotEchoAtAll() {
        String body = ErrorSite.get(ErrorSite.production(), "/reflect/%3Cscript%3E/", "X-Evil", "<script>x</script>")
                .body();
        assertNoScript(body);
        assertFalse(body.contains("&lt;script&gt;"), body);
    }

    private static void assertNoScript(String body) {
        assertFalse(body.toLowerCase(Locale.ROOT).contains("<script"), () -> "unescaped markup in:\n" + body);
    }
}
