package dev.cairn.web.checks;

import dev.cairn.web.settings.Settings;
import java.util.List;

/** The built-in checks of what the site serves: hosts, static URLs, routes; {@link SystemChecks} has their ids. */
final class SiteChecks {

    private SiteChecks() {}

    /** hosts.E001: no ALLOWED_HOSTS while DEBUG is off, so every request would be refused. */
    static List<CheckMessage> allowedHosts(CheckContext context) {
        if (SettingsChecks.debug(context.settings()) || !context.settings().allowedHosts().isEmpty()) {
            return List.of();
        }
        return List.of(CheckMessage.error("hosts.E001", "ALLOWED_HOSTS is empty while DEBUG is off, so every "
                + "request would be refused with 400.",
                "Set CAIRN_ALLOWED_HOSTS to the names the site answers to, e.g. example.com,www.example.com."));
    }

    /** staticfiles.E001: STATIC_URL must start and end with '/' (or be an absolute URL ending with '/'). */
    static List<CheckMessage> staticUrl(CheckContext context) {
        String url = context.settings().get(Settings.STATIC_URL, "");
        boolean absolute = url.startsWith("https://") || url.startsWith("http://");
        if ((url.startsWith("/") || absolute) && url.endsWith("/")) {
            return List.of();
        }
        return List.of(CheckMessage.error("staticfiles.E001", "STATIC_URL must start and end with '/', not '"
                + url + "'.", "Use a path such as /static/, or a full URL ending with '/' for a CDN.")
                .concerning(Settings.STATIC_URL));
    }

    /** urls.W001: the site has no routes, so every request is a 404. */
    static List<CheckMessage> routes(CheckContext context) {
        if (!context.routes().isEmpty()) {
            return List.of();
        }
        return List.of(CheckMessage.warning("urls.W001", "The site has no URL patterns; every request will be "
                + "answered with 404.", "Add routes with WebApp.builder().routes(Routes.path(...))."));
    }
}
