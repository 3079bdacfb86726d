package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Response;
import dev.cairn.web.Sites;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When the site serves static files itself, and under which prefix. */
class StaticRoutesTest {

    @TempDir
    Path temp;

    StaticFinder finder;

    @BeforeEach
    void aStaticFolder() throws IOException {
        FileSystemSourceTest.write(temp.resolve("static/css/app.css"), "body {}");
        finder = StaticFinder.of(FileSystemSource.of(temp.resolve("static")));
    }

    static Stream<Arguments> whenServed() {
        return Stream.of(
                Arguments.of(true, null, true),
                Arguments.of(true, "false", true),
                Arguments.of(false, null, false),
                Arguments.of(false, "false", false),
                Arguments.of(false, "true", true),
                Arguments.of(false, "yes", true),
                Arguments.of(false, "1", true));
    }

    @ParameterizedTest(name = "DEBUG={0} SERVE_STATIC={1}: served {2}")
    @MethodSource("whenServed")
    void staticFilesAreServedInDebugOrWhenAskedFor(boolean debug, String serveStatic, boolean served) {
        Settings.Builder builder = Sites.settings().debug(debug);
        if (serveStatic != null) {
            builder.set(StaticRoutes.SERVE_STATIC, serveStatic);
        }
        Settings settings = builder.build();
        List<Route<View>> routes = StaticRoutes.of(settings, finder);
        assertEquals(served ? 1 : 0, routes.size());
        WebApp app = Sites.app(settings, routes);
        assertEquals(served ? 200 : 404, app.handle(Exchanges.get("/static/css/app.css")).status());
    }

    @Test
    void theRouteIsThePrefixAndAPathArgumentToAStaticFilesView() {
        Route<View> route = StaticRoutes.of(Sites.settings().build(), finder).getFirst();
        assertEquals("static/<path:name>", route.pattern());
        assertSame(finder, assertInstanceOf(StaticFilesView.class, route.view()).finder());
        assertEquals(null, route.name());
    }

    @Test
    void anotherPrefixIsServedFromSTATIC_URL() {
        Settings settings = Sites.settings().set(Settings.STATIC_URL, "/assets/v1/").build();
        WebApp app = Sites.app(settings, StaticRoutes.of(settings, finder));
        assertEquals(200, app.handle(Exchanges.get("/assets/v1/css/app.css")).status());
        assertEquals(404, app.handle(Exchanges.get("/static/css/app.css")).status());
    }

    @ParameterizedTest(name = "STATIC_URL {0} is served elsewhere")
    @ValueSource(strings = {"https://cdn.example/static/", "//cdn.example/static/"})
    void aPrefixOnAnotherHostIsNotServedHere(String prefix) {
        assertEquals(List.of(), StaticRoutes.of(Sites.settings().set(Settings.STATIC_URL, prefix).build(), finder));
    }

    @ParameterizedTest(name = "STATIC_URL {0} is refused")
    @ValueSource(strings = {"/", "/static"})
    void aPrefixThatWouldSwallowOrMissPathsIsRefused(String prefix) {
        var error = assertThrows(IllegalArgumentException.class,
                () -> StaticRoutes.of(Sites.settings().set(Settings.STATIC_URL, prefix).build(), finder));
        assertEquals("STATIC_URL must be a path prefix ending with '/', such as \"/static/\", to serve static files;"
                + " it is \"" + prefix + "\"", error.getMessage());
    }

    @Test
    void aMisspelledSwitchStopsStartUpNamingTheKey() {
        Settings settings = Sites.settings().debug(false).set(StaticRoutes.SERVE_STATIC, "maybe").build();
        assertEquals("SERVE_STATIC must be true or false, not 'maybe'",
                assertThrows(SettingsException.class, () -> StaticRoutes.of(settings, finder)).getMessage());
    }

    @Test
    void theSitesOwnRoutesStillResolveBesideTheStaticRoute() {
        Settings settings = Sites.settings().build();
        List<Route<View>> routes = new ArrayList<>(StaticRoutes.of(settings, finder));
        routes.add(Routes.path("", request -> Response.text("home"), "home"));
        WebApp app = Sites.app(settings, routes);
        assertEquals("home", Exchanges.text(app.handle(Exchanges.get("/"))));
        assertEquals(200, app.handle(Exchanges.get("/static/css/app.css")).status());
    }

    @Test
    void inProductionCollectedFilesAreServedAndHashedNamesCachedForever() throws IOException {
        Path collected = temp.resolve("collected");
        Manifest manifest = CollectStatic.of(finder, collected).run().manifest();
        Settings settings = Sites.settings().debug(false).set(StaticRoutes.SERVE_STATIC, "true").build();
        WebApp app = Sites.app(settings, StaticRoutes.of(settings, StaticFinder.of(FileSystemSource.of(collected))));
        String url = StaticUrls.of("/static/", manifest).url("css/app.css");
        var hashed = app.handle(Exchanges.get(url));
        assertEquals(200, hashed.status());
        assertEquals("public, max-age=31536000, immutable", hashed.headers().first("Cache-Control"));
        var plain = app.handle(Exchanges.get("/static/css/app.css"));
        assertEquals(200, plain.status());
        assertEquals("no-cache", plain.headers().first("Cache-Control"));
        assertEquals(hashed.headers().first("ETag"), plain.headers().first("ETag"));
    }
}
