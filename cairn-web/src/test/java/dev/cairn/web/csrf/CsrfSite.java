package dev.cairn.web.csrf;

import dev.cairn.journey.Journey;
import dev.cairn.web.Exchanges;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.Urls;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import dev.cairn.web.views.ClassView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The small site the CSRF tests attack: a form page, an API that takes every method, exempt views of both kinds,
 * and exchanges built as a browser (or an attacker) would send them.
 */
final class CsrfSite {

    /** A secret of the right form, as a client that loaded a form would hold it. */
    static final String SECRET = "abcdefghijklmnopqrstuvwxyzABCDEF";
    /** Another well-formed secret: a token made from it is stale for {@link #SECRET}. */
    static final String OTHER_SECRET = "0123456789abcdefghijklmnopqrstuv";

    private CsrfSite() {}

    /** A view class exempt by its annotation, as a webhook would be. */
    @CsrfExempt
    static class Hook extends ClassView {
        @Override
        protected Response post(Request request) {
            return Response.text("hook took it");
        }
    }

    /** The routes every CSRF test site has. */
    static List<Route<View>> routes() {
        return List.of(
                Urls.path("form/", CsrfSite::form, "form"),
                Urls.path("api/", r -> Response.text("done " + r.method()), "api"),
                Urls.path("plain/", r -> Response.text("no token here"), "plain"),
                Urls.path("exempt/", Csrf.exempt(r -> Response.text("exempt took it")), "exempt"),
                Urls.path("hook/", new Hook(), "hook"),
                Urls.path("login/", r -> {
                    Csrf.rotate(r);
                    return Response.text("rotated");
                }, "login"),
                Urls.path("token/", r -> Response.text(Csrf.token(r)), "token"),
                Urls.path("get-only/", r -> Response.text("read"), "get-only").methods("GET"));
    }

    /** GET shows the form with its token; POST says it was taken. */
    private static Response form(Request request) {
        if (request.method().equals("POST")) {
            return Response.text("form taken: " + request.form("name"));
        }
        return request.render("form.html", Map.of());
    }

    /** Debug off, {@code localhost} and {@code example.com} allowed, and any settings given. */
    static Settings settings(String... keysAndValues) {
        return TestSettings.with(Settings.builder().debug(false).secretKey(TestSettings.SECRET_KEY)
                .allowedHosts("localhost", "example.com", ".example.com"), keysAndValues);
    }

    /** The site with a CsrfMiddleware read from the settings, and its templates in {@code folder}. */
    static WebApp site(Settings settings, Path folder) {
        return site(settings, folder, new CsrfMiddleware(settings));
    }

    /** The site with these middleware, outermost first, and its templates in {@code folder}. */
    static WebApp site(Settings settings, Path folder, Middleware... middleware) {
        write(folder, "form.html", "<form method=\"post\">{{ csrf_input }}</form>");
        write(folder, "htmx.html", "<body {{ csrf_htmx }}>");
        write(folder, "fetch.html", "<script>const token = \"{{ csrf_token }}\";</script>");
        write(folder, "function.html", "<input value=\"{{ csrf_token() }}\">");
        write(folder, "none.html", "no token");
        WebApp.Builder builder = WebApp.builder().settings(settings).routes(new ArrayList<>(routes()))
                .routes(Urls.path("page/<str:name>/", r -> r.render(r.kwarg("name") + ".html", Map.of()),
                        "page"))
                .templates(Templates.builder().folder(folder));
        for (Middleware m : middleware) {
            builder.middleware(m);
        }
        return builder.build();
    }

    private static void write(Path folder, String name, String text) {
        try {
            Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request over plain HTTP to {@code localhost} (unless a Host is given), with these header lines and a body. */
    static dev.cairn.gateway.Request http(String method, String target, String body, String... headers) {
        return exchange("http", method, target, body, headers);
    }

    /** The same over HTTPS to {@code example.com} (unless a Host is given). */
    static dev.cairn.gateway.Request https(String method, String target, String body, String... headers) {
        return exchange("https", method, target, body, headers);
    }

    /** A token one character off from the one given. */
    static String tampered(String token) {
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0');
    }

    /** A form POST body holding the token in {@code csrfmiddlewaretoken}. */
    static String formWith(String token) {
        return "name=Ada&" + Csrf.FORM_FIELD + "=" + token;
    }

    private static dev.cairn.gateway.Request exchange(String scheme, String method, String target, String body,
            String... headers) {
        List<String> lines = new ArrayList<>(List.of(headers));
        if (scheme.equals("https") && lines.stream().noneMatch(h -> h.equalsIgnoreCase("Host"))) {
            lines.addAll(List.of("Host", "example.com"));
        }
        if (!body.isEmpty()) {
            lines.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
        }
        var exchange = Exchanges.exchange(method, target, body, lines.toArray(String[]::new));
        return new dev.cairn.gateway.Request(method, target, "HTTP/1.1", exchange.headers(), exchange.body(), scheme,
                exchange.client(), exchange.connection());
    }

    /** The body of a response held in memory. */
    static String text(dev.cairn.gateway.Response response) {
        if (response.body() instanceof dev.cairn.gateway.ResponseBody.Bytes bytes) {
            return new String(bytes.bytes(), StandardCharsets.UTF_8);
        }
        throw new AssertionError("not in memory: " + response.body());
    }

    /** The CSRF stops of a journey as {@code "event: reason-or-check verdict"} lines. */
    static List<String> csrfStops(Journey journey) {
        return journey.stops("middleware").stream().filter(s -> s.event().startsWith("csrf")).map(s -> {
            Map<String, Object> facts = s.facts();
            return s.event() + ": " + (facts.containsKey("check")
                    ? facts.get("check") + " " + facts.get("verdict")
                    : facts.containsKey("reason") ? facts.get("reason") : facts.get("store"));
        }).toList();
    }
}
