package dev.cairn.web.messages;

import static dev.cairn.web.messages.MessagesSite.cookie;
import static dev.cairn.web.messages.MessagesSite.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Messages across requests, as a browser meets them: added before a redirect, shown once on the next page that
 * lists them, kept by pages that do not, in the order added and at the levels kept.
 */
class MessagesFlowTest {

    @TempDir
    Path folder;

    private WebApp app;

    @BeforeEach
    void site() {
        app = MessagesSite.site(MessagesSite.settings(), folder);
    }

    @Test
    void aMessageSurvivesTheRedirectAndIsShownOnce() {
        var redirect = app.handle(get("/add/?success=Saved.", null));
        assertEquals(303, redirect.status());
        String cookie = cookie(redirect);
        assertNotNull(cookie, "the message waits in a cookie");

        var shown = app.handle(get("/page/list/", cookie));
        assertEquals("[success: Saved.]", Exchanges.text(shown));
        String after = cookie(shown);
        assertEquals("messages=", after, "the cookie is deleted once the messages are shown");
        assertTrue(shown.headers().first("Set-Cookie").contains("Max-Age=0"), shown.headers()::toString);

        assertEquals("", Exchanges.text(app.handle(get("/page/list/", null))));
    }

    @Test
    void aPageThatDoesNotListThemLeavesThemWaiting() {
        String cookie = cookie(app.handle(get("/add/?info=Welcome.&warning=Check+your+email.", null)));

        var quiet = app.handle(get("/page/quiet/", cookie));
        assertNull(cookie(quiet), "the store is left alone");
        assertEquals("2 waiting", Exchanges.text(app.handle(get("/page/count/", cookie))));
        assertEquals("[info: Welcome.][warning: Check your email.]", Exchanges.text(app.handle(get("/page/list/",
                cookie))));
    }

    @Test
    void countingThemInAViewOrATemplateDoesNotReadThem() {
        String cookie = cookie(app.handle(get("/add/?error=Failed.", null)));

        assertEquals("1 waiting", Exchanges.text(app.handle(get("/count/", cookie))));
        var counted = app.handle(get("/page/count/", cookie));
        assertEquals("1 waiting", Exchanges.text(counted));
        assertNull(cookie(counted));
    }

    @Test
    void messagesAddedAndListedInOneRequestAreNotKept() {
        var response = app.handle(get("/add-and-list/?success=Done.", null));

        assertEquals("[success: Done.]", Exchanges.text(response));
        assertNull(cookie(response), "nothing to keep, and no cookie to delete");
    }

    @Test
    void aMessageAddedAfterTheListWaitsForTheNextPage() {
        String waiting = cookie(app.handle(get("/add/?info=First.", null)));
        var response = app.handle(get("/list-then-add/", waiting));

        assertEquals("[info: First.]", Exchanges.text(response));
        assertEquals("[info: added after the list]", Exchanges.text(app.handle(get("/page/list/", cookie(
                response)))));
    }

    @Test
    void newMessagesJoinTheWaitingOnesInOrder() {
        String first = cookie(app.handle(get("/add/?info=One.", null)));
        var second = app.handle(get("/add/?success=Two.", first));

        assertEquals("[info: One.][success: Two.]", Exchanges.text(app.handle(get("/page/list/", cookie(second)))));
    }

    @Test
    void aMessageIsEscapedLikeAnyValue() {
        String cookie = cookie(app.handle(get("/add/?error=%3Cscript%3Ealert(1)%3C/script%3E", null)));

        assertEquals("[error: &lt;script&gt;alert(1)&lt;/script&gt;]", Exchanges.text(app.handle(get("/page/list/",
                cookie))));
    }

    @Test
    void templatesCanCompareLevels() {
        String cookie = cookie(app.handle(get("/add/?warning=w&error=e", null)));

        assertEquals("30!40", Exchanges.text(app.handle(get("/page/levels/", cookie))));
    }

    static Stream<Arguments> levels() {
        String all = "/add/?debug=d&info=i&success=s&warning=w&error=e";
        return Stream.of(
                Arguments.of(null, all, "[info: i][success: s][warning: w][error: e]"),
                Arguments.of("DEBUG", all, "[debug: d][info: i][success: s][warning: w][error: e]"),
                Arguments.of("debug", all, "[debug: d][info: i][success: s][warning: w][error: e]"),
                Arguments.of("WARNING", all, "[warning: w][error: e]"),
                Arguments.of("26", all, "[warning: w][error: e]"),
                Arguments.of("25", all, "[success: s][warning: w][error: e]"),
                Arguments.of("0", all, "[debug: d][info: i][success: s][warning: w][error: e]"),
                Arguments.of("100", all, ""));
    }

    @ParameterizedTest(name = "MESSAGE_LEVEL={0} keeps {2}")
    @MethodSource
    void levels(String level, String target, String shown) {
        Settings settings = level == null
                ? MessagesSite.settings()
                : MessagesSite.settings(MessagesMiddleware.MESSAGE_LEVEL, level);
        WebApp site = MessagesSite.site(settings, folder);

        var added = site.handle(get(target, null));
        String cookie = cookie(added);
        assertEquals(shown, cookie == null ? "" : Exchanges.text(site.handle(get("/page/list/", cookie))));
    }

    @Test
    void theJourneyTellsWhatWasAddedDroppedLoadedShownAndSaved() {
        var added = Exchanges.journeyOf(app, get("/add/?debug=hidden&success=Saved.", null));
        assertEquals(List.of("message dropped: debug hidden", "message added: success Saved.", "messages saved: 1"),
                MessagesSite.stops(added));

        String cookie = cookie(app.handle(get("/add/?success=Saved.", null)));
        var shown = Exchanges.journeyOf(app, get("/page/list/", cookie));
        assertEquals(List.of("messages loaded: 1", "messages shown: 1", "messages saved: 0"), MessagesSite.stops(
                shown));
    }

    @Test
    void aLongTextIsCutShortInTheJourney() {
        var journey = Exchanges.journeyOf(app, get("/add/?info=" + "x".repeat(200), null));

        assertEquals("message added: info " + "x".repeat(77) + "...", MessagesSite.stops(journey).getFirst());
    }
}
