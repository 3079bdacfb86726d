package dev.cairn.contrib.sessions;

import static dev.cairn.web.Urls.path;

import dev.cairn.test.Client;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.WebApp;
import dev.cairn.web.sessions.SessionMiddleware;
import dev.cairn.web.sessions.SessionSettings;
import dev.cairn.web.sessions.SessionStore;
import dev.cairn.web.sessions.SignedCookieSessionStore;
import dev.cairn.web.signing.SigningKeys;
import dev.cairn.web.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A small site whose views use the session the way a real one does: log in (a new key, then the user), log out
 * (flush), read, write, empty, choose an expiry, fail after writing, and store a lot.
 */
final class SessionSite {

    /** The secret key the test sites sign with. */
    static final String SECRET_KEY = "session-site-test-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    private SessionSite() {}

    /** Debug on (so a 500 page says why), this key, {@code localhost}, and these settings. */
    static Settings settings(String... keysAndValues) {
        Settings.Builder builder = Settings.builder().debug(true).secretKey(SECRET_KEY).allowedHosts("localhost");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        return builder.build();
    }

    /**
     * A store of a kind the tests run on: {@code signed}, {@code database} (the SQLite database of
     * {@code databases}, emptied) or {@code redis} (this machine's server; the caller closes it).
     */
    static SessionStore store(String kind, SessionDatabases databases, Clock clock) {
        return switch (kind) {
            case "signed" -> SignedCookieSessionStore.create(new SigningKeys(SECRET_KEY, List.of()), clock);
            case "database" -> {
                databases.use("sqlite");
                yield DatabaseSessionStore.create("default", clock);
            }
            case "redis" -> RedisSessionStore.create(RedisSessionStoreTest.URL);
            default -> throw new IllegalArgumentException("no store of kind " + kind);
        };
    }

    /** The site with sessions in {@code store}, its cookies' Expires read from {@code clock}. */
    static WebApp app(SessionStore store, Settings settings, Clock clock) {
        return WebApp.builder()
                .settings(settings)
                .middleware(new SessionMiddleware(store, SessionSettings.of(settings), clock))
                .routes(
                        path("untouched/", request -> Response.text("no session used")),
                        path("peek/", request -> Response.text(String.valueOf(request.session().get(
                                request.query("name") == null ? "user" : request.query("name"))))),
                        path("key/", request -> Response.text(String.valueOf(request.session().key()))),
                        path("login/", SessionSite::login),
                        path("logout/", request -> {
                            request.session().flush();
                            return Response.text("bye");
                        }),
                        path("put/", request -> {
                            request.session().put(request.query("name"), request.query("value"));
                            return Response.text("put");
                        }),
                        path("clear/", request -> {
                            request.session().clear();
                            return Response.text("cleared");
                        }),
                        path("expiry/", request -> {
                            String seconds = request.query("seconds");
                            request.session().setExpiry(seconds.equals("default")
                                    ? null
                                    : Duration.ofSeconds(Long.parseLong(seconds)));
                            request.session().put("user", "ada");
                            return Response.text("expiry set");
                        }),
                        path("boom/", request -> {
                            request.session().put("user", "mallory");
                            throw new IllegalStateException("the view failed after writing");
                        }),
                        path("big/", request -> {
                            request.session().put("blob", noise(Integer.parseInt(request.query("size"))));
                            return Response.text("stored");
                        }))
                .build();
    }

    /** A client of the site with default settings. */
    static Client client(SessionStore store, Clock clock) {
        return Client.of(app(store, settings(), clock));
    }

    /** Logs {@code user} in: a new key first, so a key known before is worth nothing after (Django's login). */
    private static Response login(Request request) {
        request.session().cycleKey();
        request.session().put("user", request.query("user"));
        return Response.text("welcome");
    }

    /** Text that hardly compresses (base64 of random bytes), so that its size in a signed cookie is about its own. */
    private static String noise(int size) {
        byte[] bytes = new byte[size * 3 / 4 + 3];
        new java.util.Random(size).nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes).substring(0, size);
    }
}
