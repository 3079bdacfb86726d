package dev.cairn.web.errors;

import dev.cairn.http.Headers;
import dev.cairn.http.Params;
import dev.cairn.web.Request;
import dev.cairn.web.settings.Settings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The request as the technical page shows it: method and path, query and form fields, headers, cookie names and
 * attributes. Secrets stay hidden: the values of secret-looking names are redacted ({@link Settings#redact}), as
 * are {@code Authorization}, {@code Cookie}, {@code Set-Cookie} and {@code Proxy-Authorization}
 * ({@link Headers#isSecret}); of the cookies only the names are shown.
 */
final class RequestSection {

    /** What a secret header's value is shown as, as in {@link Headers#toString()}. */
    static final String REDACTED_HEADER = "[redacted]";

    /** An attribute's value is cut after this many characters. */
    private static final int MAX_VALUE = 500;

    private RequestSection() {}

    static void write(Html html, Request request) {
        html.open("table", null).row(List.of("Method", request.method()))
                .row(List.of("Path", DebugPages.path(request)))
                .row(List.of("Query string", redactQuery(request.queryString()))).close("table");
        html.element("h3", "Query parameters");
        fields(html, request.query(), "No query parameters.");
        html.element("h3", "Form fields");
        Params form;
        try {
            form = request.form();
        } catch (RuntimeException e) {
            // The body may be what failed, or may have been read as a stream already.
            html.element("p", "The form could not be read: " + DebugPages.message(e));
            form = Params.empty();
        }
        fields(html, form, "No form fields.");
        html.element("h3", "Headers").open("table", null);
        Headers headers = request.headers();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = Headers.isSecret(name) ? REDACTED_HEADER : Settings.redact(name, headers.value(i));
            html.row(List.of(name, value));
        }
        html.close("table").element("h3", "Cookies");
        List<String> cookies = List.copyOf(request.cookies().names());
        if (cookies.isEmpty()) {
            html.element("p", "No cookies.");
        } else {
            html.element("p", "Names only; their values are not shown.").list("ul", cookies);
        }
        html.element("h3", "Attributes").open("table", null);
        for (Map.Entry<String, Object> attribute : request.attributes().entrySet()) {
            html.row(List.of(attribute.getKey(), shorten(Settings.redact(attribute.getKey(),
                    String.valueOf(attribute.getValue())))));
        }
        html.close("table");
    }

    /**
     * A request target with the values of secret-looking query parameters redacted: {@code /login?password=x}
     * becomes {@code /login?password=********************}.
     */
    static String redactTarget(String target) {
        int question = target.indexOf('?');
        return question < 0 ? target : target.substring(0, question + 1) + redactQuery(target.substring(question + 1));
    }

    /** A query string with the values of secret-looking parameters redacted, names and order kept. */
    static String redactQuery(String query) {
        StringJoiner pairs = new StringJoiner("&");
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            pairs.add(equals < 0 ? pair : name + "=" + Settings.redact(decoded(name), pair.substring(equals + 1)));
        }
        return pairs.toString();
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static void fields(Html html, Params params, String empty) {
        if (params.isEmpty()) {
            html.element("p", empty);
            return;
        }
        html.open("table", null);
        for (Params.Param param : params) {
            html.row(List.of(param.name(), Settings.redact(param.name(), param.value())));
        }
        html.close("table");
    }

    private static String shorten(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
    }
}
