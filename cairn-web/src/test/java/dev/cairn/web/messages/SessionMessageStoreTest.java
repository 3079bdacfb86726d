package dev.cairn.web.messages;

import static dev.cairn.web.messages.MessagesSite.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Middleware;
import dev.cairn.web.SessionValues;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code MESSAGE_STORAGE=session}: messages wait in the session, not in a cookie. */
class SessionMessageStoreTest {

    @TempDir
    Path folder;

    private final Map<String, Object> values = new HashMap<>();
    private WebApp app;

    /** One visitor's session, backed by {@link #values}. */
    private final SessionValues session = new SessionValues() {
        @Override
        public Object get(String name) {
            return values.get(name);
        }

        @Override
        public Object put(String name, Object value) {
            return values.put(name, value);
        }

        @Override
        public Object remove(String name) {
            return values.remove(name);
        }
    };

    @BeforeEach
    void site() {
        Settings settings = MessagesSite.settings(MessagesMiddleware.MESSAGE_STORAGE, "session");
        Middleware sessions = (request, next) -> next.proceed(request.attribute(SessionValues.ATTRIBUTE, session));
        app = MessagesSite.site(settings, folder, sessions, new MessagesMiddleware(settings));
    }

    @Test
    void messagesWaitInTheSessionAndAreClearedOnceShown() {
        var redirect = app.handle(get("/add/?success=Saved.", null));

        assertNull(MessagesSite.cookie(redirect), "no cookie");
        assertTrue(values.containsKey(SessionMessageStore.KEY), values::toString);
        assertEquals("[success: Saved.]", Exchanges.text(app.handle(get("/page/list/", null))));
        assertFalse(values.containsKey(SessionMessageStore.KEY), "shown, so forgotten");
        assertEquals("", Exchanges.text(app.handle(get("/page/list/", null))));
    }

    @Test
    void aPageThatDoesNotListThemLeavesTheSessionAlone() {
        app.handle(get("/add/?info=Later.", null));
        Object stored = values.get(SessionMessageStore.KEY);

        app.handle(get("/page/quiet/", null));

        assertEquals(stored, values.get(SessionMessageStore.KEY));
    }

    @Test
    void aSessionValueThatIsNotMessagesReadsAsNone() {
        values.put(SessionMessageStore.KEY, "garbage");

        assertEquals("", Exchanges.text(app.handle(get("/page/list/", null))));
    }

    @Test
    void withoutASessionTheSiteSaysWhatIsMissing() {
        Settings settings = MessagesSite.settings(MessagesMiddleware.MESSAGE_STORAGE, "session", Settings.DEBUG,
                "true");
        WebApp bare = MessagesSite.site(settings, folder);

        var response = bare.handle(get("/add/?info=x", null));
        assertEquals(500, response.status());
        assertTrue(Exchanges.text(response).contains("MESSAGE_STORAGE=session keeps its data in the session"),
                Exchanges.text(response));
    }
}
