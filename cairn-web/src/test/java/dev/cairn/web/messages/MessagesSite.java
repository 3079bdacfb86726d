package dev.cairn.web.messages;

import dev.cairn.http.SetCookie;
import dev.cairn.journey.Journey;
import dev.cairn.web.Exchanges;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.Urls;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small site the messages tests drive: views that add messages and redirect, pages that list them or not, and
 * a browser's cookie kept between requests.
 */
final class MessagesSite {

    /** The list every listing page prints. */
    static final String LIST = "{% for m in messages %}[{{ m.tags }}: {{ m }}]{% endfor %}";

    private MessagesSite() {}

    /** Debug off, a test key, {@code localhost}, and any settings given. */
    static Settings settings(String... keysAndValues) {
        return TestSettings.with(Settings.builder().debug(false).secretKey(TestSettings.SECRET_KEY)
                .allowedHosts("localhost"), keysAndValues);
    }

    /** The site with a MessagesMiddleware read from the settings, its templates in {@code folder}. */
    static WebApp site(Settings settings, Path folder) {
        return site(settings, folder, new MessagesMiddleware(settings));
    }

    /** The site with these middleware, outermost first. */
    static WebApp site(Settings settings, Path folder, Middleware... middleware) {
        write(folder, "list.html", LIST);
        write(folder, "quiet.html", "nothing listed");
        write(folder, "count.html", "{% if messages is empty %}none{% else %}{{ messages.size }} waiting{% endif %}");
        write(folder, "levels.html", "{% for m in messages %}{% if m.level == message_levels.ERROR %}!{% endif %}"
                + "{{ m.level.value }}{% endfor %}");
        WebApp.Builder builder = WebApp.builder().settings(settings).templates(Templates.builder().folder(folder))
                .routes(Urls.path("add/", MessagesSite::add, "add"),
                        Urls.path("page/<str:name>/", r -> r.render(r.kwarg("name") + ".html", Map.of()), "page"),
                        Urls.path("add-and-list/", r -> {
                            add(r);
                            return r.render("list.html", Map.of());
                        }, "add-and-list"),
                        Urls.path("list-then-add/", r -> {
                            Response listed = r.render("list.html", Map.of());
                            Messages.info(r, "added after the list");
                            return listed;
                        }, "list-then-add"),
                        Urls.path("count/", r -> Response.text(Messages.of(r).size() + " waiting"), "count"));
        for (Middleware m : middleware) {
            builder.middleware(m);
        }
        return builder.build();
    }

    /** Adds the messages {@code ?level=text} asks for, in order, then redirects to the list. */
    private static Response add(Request request) {
        request.query().forEach(p -> Messages.add(request, Level.valueOf(p.name().toUpperCase(Locale.ROOT)),
                p.value()));
        return Response.seeOther("/page/list/");
    }

    private static void write(Path folder, String name, String text) {
        try {
            Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET, with a {@code Cookie} line when one is given. */
    static dev.cairn.gateway.Request get(String target, String cookie) {
        return cookie == null ? Exchanges.get(target) : Exchanges.get(target, "Cookie", cookie);
    }

    /** The {@code messages} cookie a response sets, as its {@code name=value} pair, or null when it sets none. */
    static String cookie(dev.cairn.gateway.Response response) {
        List<String> lines = response.headers().all("Set-Cookie");
        for (String line : lines) {
            SetCookie cookie = SetCookie.parse(line);
            if (cookie.name().equals(CookieMessageStore.COOKIE_NAME)) {
                return cookie.name() + "=" + cookie.value();
            }
        }
        return null;
    }

    /** The messages decisions of a journey (not the onion's in and out), as {@code "event: detail"}. */
    static List<String> stops(Journey journey) {
        return journey.stops("middleware").stream()
                .filter(s -> MessagesMiddleware.NAME.equals(s.facts().get("name")) && !s.event().equals("in")
                        && !s.event().equals("out"))
                .map(s -> s.event() + (s.facts().containsKey("level")
                        ? ": " + s.facts().get("level") + " " + s.facts().get("text")
                        : s.facts().containsKey("count")
                                ? ": " + s.facts().get("count")
                                : ": " + s.facts().get("reason")))
                .toList();
    }
}
