package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.web.settings.Settings;
import dev.cairn.web.staticfiles.Manifest;
import dev.cairn.web.templates.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a site wires into the templates it is given as a builder: url(), static(), request, debug. */
class TemplateSetupTest {

    @TempDir
    Path folder;

    @TempDir
    Path staticRoot;

    private String page(Settings settings, String template) throws IOException {
        Files.writeString(folder.resolve("page.html"), template);
        WebApp app = WebApp.builder().settings(settings)
                .routes(Urls.path("", r -> r.render("page.html", Map.of()), "home"),
                        Urls.path("posts/<int:pk>/", r -> Response.text("post"), "post"))
                .templates(Templates.builder().folder(folder))
                .build();
        return Exchanges.text(app.handle(Exchanges.get("/")));
    }

    static Stream<Arguments> wiring() {
        return Stream.of(
                Arguments.of("url() reverses the site's routes", "{{ url('post', 7) }}", "/posts/7/"),
                Arguments.of("the request is in the context", "{{ request.method }} {{ request.path }}", "GET /"),
                Arguments.of("debug says whether DEBUG is on", "{{ debug }}", "true"),
                Arguments.of("static() writes under STATIC_URL", "{{ static('app.css') }}", "/static/app.css"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void wiring(String why, String template, String expected) throws IOException {
        assertEquals(expected, page(TestSettings.debug(), template));
    }

    static Stream<Arguments> staticNames() {
        return Stream.of(
                Arguments.of(false, true, "/assets/app.3f2a9c1e.css"),
                Arguments.of(true, true, "/assets/app.css"),
                Arguments.of(false, false, "/assets/app.css"));
    }

    @ParameterizedTest(name = "DEBUG={0}, manifest present={1}: {2}")
    @MethodSource
    void staticNames(boolean debug, boolean manifest, String expected) throws IOException {
        if (manifest) {
            new Manifest(Map.of("app.css", "app.3f2a9c1e.css")).write(staticRoot.resolve(Manifest.FILE_NAME));
        }
        Settings settings = Settings.builder().debug(debug).secretKey(TestSettings.SECRET_KEY)
                .allowedHosts("localhost").set(Settings.STATIC_URL, "/assets/")
                .set(Settings.STATIC_ROOT, staticRoot.toString()).build();
        assertEquals(expected, page(settings, "{{ static('app.css') }}"));
    }
}
