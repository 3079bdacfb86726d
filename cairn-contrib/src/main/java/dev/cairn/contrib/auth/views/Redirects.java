package dev.cairn.contrib.auth.views;

import dev.cairn.web.Request;
import dev.cairn.web.auth.RedirectUrls;
import java.util.HashMap;
import java.util.Map;

/** Where the auth views send people next: a safe {@code next=}, else a page the settings name. */
final class Redirects {

    /** Where a login goes without a {@code next=} (Django's setting; a path, a URL or a route's name). */
    static final String LOGIN_REDIRECT_URL = "LOGIN_REDIRECT_URL";
    /** Where a logout goes without a {@code next=}; unset, the logged-out page is shown. */
    static final String LOGOUT_REDIRECT_URL = "LOGOUT_REDIRECT_URL";
    /** Django's default page after login. */
    static final String DEFAULT_LOGIN_REDIRECT_URL = "/accounts/profile/";

    private Redirects() {}

    /** {@code setting}'s value as a URL: as it is when it holds a {@code /}, else reversed as a route's name. */
    static String resolve(Request request, String value) {
        return value.contains("/") ? value : request.reverse(value);
    }

    /** The safe {@code next=} target, or the page {@code setting} names, or {@code fallback} (which may be null). */
    static String next(Request request, String setting, String fallback) {
        String next = RedirectUrls.next(request);
        if (next != null) {
            return next;
        }
        String configured = request.settings().get(setting, fallback);
        return configured == null ? null : resolve(request, configured);
    }

    /** A context with the safe {@code next=} target (empty when none) and the site's name (its host). */
    static Map<String, Object> context(Request request) {
        Map<String, Object> context = new HashMap<>();
        String next = RedirectUrls.next(request);
        context.put(RedirectUrls.NEXT, next == null ? "" : next);
        context.put("site_name", request.host());
        return context;
    }
}
