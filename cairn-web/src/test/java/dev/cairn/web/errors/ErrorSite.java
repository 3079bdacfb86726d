package dev.cairn.web.errors;

import dev.cairn.web.Exchanges;
import dev.cairn.web.HttpError;
import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A small site whose views fail in each way an error page answers, for the error page tests. Every message
 * carries {@link #MARKER}, so that a test can tell whether a page leaked it.
 */
final class ErrorSite {

    /** In every exception message; a production page must not show it. */
    static final String MARKER = "leaky-detail-7f3a";

    /** The line of the throw in {@link #boom}, for the source excerpt. */
    static final String BOOM_LINE = "throw new IllegalStateException(\"view failed: \" + MARKER, cause);";

    private ErrorSite() {}

    static WebApp site(Settings settings) {
        return builder(settings).build();
    }

    static WebApp.Builder builder(Settings settings) {
        return WebApp.builder().settings(settings).routes(
                Routes.path("", r -> Response.text("home"), "home"),
                Routes.path("posts/<int:pk>/", r -> {
                    throw HttpError.notFound("No post " + r.kwarg("pk") + " " + MARKER);
                }, "post"),
                Routes.path("boom/", ErrorSite::boom, "boom"),
                Routes.path("bad/", r -> {
                    throw HttpError.badRequest("bad input " + MARKER);
                }, "bad"),
                Routes.path("forbidden/", r -> {
                    throw HttpError.forbidden("not yours " + MARKER);
                }, "forbidden"),
                Routes.path("large/", r -> {
                    throw new HttpError(413, "too large " + MARKER);
                }, "large"),
                Routes.path("down/", r -> {
                    throw new HttpError(503, "maintenance " + MARKER);
                }, "down"),
                Routes.path("template/", r -> r.render("broken.html", Map.of()), "template"),
                Routes.path("reflect/<str:word>/", r -> {
                    throw new IllegalStateException("<script>message()</script> " + r.header("X-Evil"));
                }, "reflect"),
                Routes.<View>path("only-post/", r -> Response.text("posted"), "only-post").methods("POST"));
    }

    static WebApp production() {
        return site(TestSettings.production());
    }

    static WebApp debug() {
        return site(TestSettings.debug());
    }

    /** The site behind a middleware that validates the Host, as the security middleware does. */
    static WebApp checkingHosts(Settings settings) {
        return builder(settings).middleware("hosts", (request, next) -> {
            request.host();
            return next.proceed(request);
        }).build();
    }

    static WebApp withErrors(Settings settings, ErrorPages errors) {
        return builder(settings).errors(errors).build();
    }

    static WebApp withTemplates(Settings settings, Templates templates) {
        return builder(settings).templates(templates).build();
    }

    private static Response boom(dev.cairn.web.Request request) {
        UncheckedIOException cause = new UncheckedIOException("disk " + MARKER, new IOException("root cause"));
        cause.addSuppressed(new IllegalArgumentException("while closing"));
        throw new IllegalStateException("view failed: " + MARKER, cause);
    }

    /** The status and body of a GET. */
    static Answer get(WebApp app, String target, String... headers) {
        return Answer.of(app.handle(Exchanges.get(target, headers)));
    }

    /** A response's status, headers and text. */
    record Answer(int status, dev.cairn.http.Headers headers, String body) {
        static Answer of(dev.cairn.gateway.Response response) {
            return new Answer(response.status(), response.headers(), Exchanges.text(response));
        }

        String header(String name) {
            return headers.first(name);
        }
    }
}
