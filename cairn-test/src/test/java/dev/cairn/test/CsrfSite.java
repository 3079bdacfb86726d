package dev.cairn.test;

import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.Urls;
import dev.cairn.web.WebApp;
import dev.cairn.web.middleware.Middlewares;
import dev.cairn.web.templates.Templates;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A site protected by the default middleware, CSRF included, for the tests of the client's CSRF switch. */
final class CsrfSite {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([a-zA-Z0-9]{64})\"");

    private CsrfSite() {}

    /** A form page, the form's POST, and a JSON endpoint that takes PUT. */
    static WebApp app() {
        return WebApp.builder()
                .settings(Site.SETTINGS)
                .middleware(Middlewares.defaults(Site.SETTINGS))
                .templates(Templates.builder().classpath("client-templates", CsrfSite.class.getClassLoader()))
                .routes(Urls.path("form/", CsrfSite::form, "form"),
                        Urls.path("items/", r -> Response.text("put " + r.json().get("name").asText()), "items"))
                .build();
    }

    private static Response form(Request request) {
        if (request.method().equals("POST")) {
            return Response.seeOther("/form/?saved=" + request.form("title"));
        }
        return request.render("csrf-form.html", Map.of());
    }

    /** The masked token a form page holds. */
    static String tokenIn(String html) {
        Matcher matcher = TOKEN.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF input in " + html);
        }
        return matcher.group(1);
    }
}
