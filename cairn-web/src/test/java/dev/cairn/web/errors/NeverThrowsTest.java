package dev.cairn.web.errors;

import static dev.cairn.web.errors.ErrorSite.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import org.junit.jupiter.api.Test;

/** The error pages never throw: a debug page that cannot be built gives way to the plain page. */
class NeverThrowsTest {

    /** An exception whose message cannot even be read. */
    private static final class Unprintable extends RuntimeException {
        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage failed");
        }
    }

    @Test
    void aDebugPageThatCannotBeBuiltIsThePlainPage() {
        WebApp app = WebApp.builder().settings(TestSettings.debug()).routes(Routes.path("x/", r -> {
            throw new Unprintable();
        })).build();
        ErrorSite.Answer answer = get(app, "/x/");
        assertEquals(500, answer.status());
        assertEquals(BuiltinPages.plain(500).text(), answer.body());
    }

    @Test
    void aSectionThatFailsSaysSoAndTheRestIsShown() {
        Object unprintable = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("toString failed");
            }
        };
        WebApp app = WebApp.builder().settings(TestSettings.debug()).routes(Routes.path("x/", r -> {
            r.attribute("odd", unprintable);
            throw new IllegalArgumentException("plain failure");
        })).build();
        String body = get(app, "/x/").body();
        DebugPagesTest.assertInOrder(body, "<h2>Traceback</h2>", "plain failure", "<h2>Request</h2>",
                "<p>This section could not be shown: java.lang.IllegalStateException: toString failed</p>",
                "<h2>Settings</h2>", "<h2>Journey</h2>");
    }

    @Test
    void aStackOverflowIsShownWithItsFramesCut() {
        WebApp app = WebApp.builder().settings(TestSettings.debug()).routes(Routes.path("x/", r -> recurse(0)))
                .build();
        ErrorSite.Answer answer = get(app, "/x/");
        assertEquals(500, answer.status());
        assertTrue(answer.body().contains("java.lang.StackOverflowError"), "the technical page is shown");
        assertTrue(answer.body().matches("(?s).*<p>\\.\\.\\. [0-9]+ more frames</p>.*"), "frames are cut");
    }

    private static Response recurse(int depth) {
        return depth < 0 ? Response.text("never") : recurse(depth + 1);
    }
}
