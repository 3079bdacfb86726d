package dev.cairn.web.auth;

import static dev.cairn.web.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import dev.cairn.journey.Journey;
import dev.cairn.web.Exchanges;
import dev.cairn.web.Request;
import dev.cairn.web.TestSettings;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.views.ClassView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Views guarded by login, permissions and tests, as function views and class views. */
class AccessTest {

    private static final RequestUser ADA = new FakeUser("ada", Set.of("shelf.add_book", "shelf.view_book"));
    private static final RequestUser BOB = new FakeUser("bob", Set.of("shelf.view_book"));

    /** A class view, guarded the same way. */
    static final class Shelf extends ClassView {
        @Override
        protected dev.cairn.web.Response get(Request request) {
            return dev.cairn.web.Response.text("shelf for " + request.user().username());
        }
    }

    private static final View HELLO = request -> dev.cairn.web.Response.text("hello " + request.user().username());

    private static WebApp site(Settings settings, RequestUser user) {
        return UserSites.site(settings, user, List.of(
                path("login/", request -> dev.cairn.web.Response.text("the login page"), "login"),
                path("private/", Access.loginRequired(HELLO), "private"),
                path("add/", Access.permissionRequired("shelf.add_book", HELLO), "add"),
                path("both/", Access.permissionRequired(List.of("shelf.add_book", "shelf.view_book"), HELLO)),
                path("a-names/", Access.userPassesTest(u -> u.username().startsWith("a"), HELLO)),
                path("shelf/", Access.loginRequired(new Shelf()), "shelf"),
                path("shelf/add/", Access.permissionRequired("shelf.add_book", ClassView.perRequest(Shelf::new)))));
    }

    private static Response get(WebApp app, String target) {
        return app.handle(Exchanges.get(target));
    }

    static Stream<Arguments> verdicts() {
        return Stream.of(
                Arguments.of("/private/", ADA, 200, "hello ada"),
                Arguments.of("/private/", BOB, 200, "hello bob"),
                Arguments.of("/add/", ADA, 200, "hello ada"),
                Arguments.of("/add/", BOB, 403, null),
                Arguments.of("/both/", ADA, 200, "hello ada"),
                Arguments.of("/both/", BOB, 403, null),
                Arguments.of("/a-names/", ADA, 200, "hello ada"),
                Arguments.of("/a-names/", BOB, 403, null),
                Arguments.of("/shelf/", BOB, 200, "shelf for bob"),
                Arguments.of("/shelf/add/", ADA, 200, "shelf for ada"),
                Arguments.of("/shelf/add/", BOB, 403, null));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource
    void verdicts(String target, RequestUser user, int status, String body) {
        Response response = get(site(TestSettings.debug(), user), target);
        assertEquals(status, response.status());
        if (body != null) {
            assertEquals(body, Exchanges.text(response));
        }
    }

    static Stream<Arguments> anonymousVisitorsAreSentToLogIn() {
        return Stream.of(
                Arguments.of("/private/", "/accounts/login/?next=%2Fprivate%2F"),
                Arguments.of("/add/", "/accounts/login/?next=%2Fadd%2F"),
                Arguments.of("/a-names/", "/accounts/login/?next=%2Fa-names%2F"),
                Arguments.of("/shelf/?page=2&sort=title",
                        "/accounts/login/?next=%2Fshelf%2F%3Fpage%3D2%26sort%3Dtitle"),
                Arguments.of("/shelf/add/", "/accounts/login/?next=%2Fshelf%2Fadd%2F"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource
    void anonymousVisitorsAreSentToLogIn(String target, String location) {
        Response response = get(site(TestSettings.debug(), AnonymousUser.INSTANCE), target);
        assertEquals(302, response.status());
        assertEquals(location, response.headers().first("Location"));
    }

    static Stream<Arguments> loginUrls() {
        return Stream.of(
                Arguments.of("a path", "/signin/", "/signin/?next=%2Fprivate%2F"),
                Arguments.of("a path with a query", "/signin/?lang=fr", "/signin/?lang=fr&next=%2Fprivate%2F"),
                Arguments.of("a route's name", "login", "/login/?next=%2Fprivate%2F"),
                Arguments.of("a URL on this host", "http://localhost/login/",
                        "http://localhost/login/?next=%2Fprivate%2F"),
                Arguments.of("a URL on another host gets the whole URL back", "https://accounts.example.com/login/",
                        "https://accounts.example.com/login/?next=http%3A%2F%2Flocalhost%2Fprivate%2F"));
    }

    @ParameterizedTest(name = "LOGIN_URL as {0}")
    @MethodSource
    void loginUrls(String why, String loginUrl, String location) {
        Settings settings = TestSettings.with(Settings.builder().debug(true).secretKey(TestSettings.SECRET_KEY),
                Access.LOGIN_URL, loginUrl);
        assertEquals(location, get(site(settings, AnonymousUser.INSTANCE), "/private/").headers().first("Location"));
    }

    @Test
    void theJourneyRecordsEachVerdict() {
        WebApp app = site(TestSettings.debug(), BOB);
        assertEquals(Map.of("rule", "permission shelf.add_book", "verdict", "forbidden", "user", "bob"), access(app,
                "/add/"));
        assertEquals(Map.of("rule", "login required", "verdict", "allowed", "user", "bob"), access(app, "/private/"));
        assertEquals(Map.of("rule", "login required", "verdict", "redirected to log in", "user", "anonymous"), access(
                site(TestSettings.debug(), AnonymousUser.INSTANCE), "/private/"));
    }

    @Test
    void aForbiddenUserGetsTheSites403PageAndTheViewDoesNotRun() {
        Response response = get(site(TestSettings.debug(), BOB), "/add/");
        assertEquals(403, response.status());
        assertTrue(Exchanges.text(response).contains("You do not have permission to see this page"));
    }

    private static Map<String, Object> access(WebApp app, String target) {
        Journey journey = Exchanges.journeyOf(app, Exchanges.get(target));
        return journey.stops("auth").stream().filter(s -> s.event().equals("access")).findFirst().orElseThrow()
                .facts();
    }
}
