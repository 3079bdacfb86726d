package dev.cairn.web.auth;

import dev.cairn.http.PercentCodec;
import dev.cairn.journey.Journey;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Views that only some users may see (Django's {@code login_required}, {@code permission_required} and
 * {@code user_passes_test}), for function views and class views alike, since a {@link dev.cairn.web.views.ClassView}
 * is a {@link View}:
 *
 * <pre>{@code
 * path("orders/", Access.loginRequired(orders::list), "orders")
 * path("books/new/", Access.permissionRequired("shelf.add_book", new BookCreate()), "book-new")
 * path("report/", Access.userPassesTest(u -> u.username().startsWith("ops-"), ClassView.perRequest(Report::new)))
 * }</pre>
 *
 * <p>
 * Someone not logged in is redirected (302) to {@value #LOGIN_URL} with {@code next=} set to the page they asked
 * for, so that logging in brings them back. Someone logged in who lacks a permission, or fails a test, is answered
 * 403 through the site's 403 page: sending them to log in again would not help (Django's mixins answer so; its
 * decorators redirect). Each verdict is recorded on the journey's {@code auth} layer as {@code access}.
 */
public final class Access {

    /** The setting naming the login page: a path, an absolute URL, or a route's name. */
    public static final String LOGIN_URL = "LOGIN_URL";
    /** Django's default login page. */
    public static final String DEFAULT_LOGIN_URL = "/accounts/login/";

    private Access() {}

    /** The view, for logged-in users only; others are sent to log in. */
    public static View loginRequired(View view) {
        return guarded(view, "login required", user -> true);
    }

    /** The view, for logged-in users with {@code permission} ({@code <app>.<codename>}). */
    public static View permissionRequired(String permission, View view) {
        Objects.requireNonNull(permission, "permission");
        return guarded(view, "permission " + permission, user -> user.hasPerm(permission));
    }

    /** The view, for logged-in users with every one of {@code permissions}. */
    public static View permissionRequired(List<String> permissions, View view) {
        List<String> all = List.copyOf(permissions);
        return guarded(view, "permissions " + all, user -> user.hasPerms(all));
    }

    /** The view, for logged-in users who pass {@code test}. */
    public static View userPassesTest(Predicate<? super RequestUser> test, View view) {
        Objects.requireNonNull(test, "test");
        return guarded(view, "test", test::test);
    }

    /**
     * The redirect to the login page ({@value #LOGIN_URL}, {@value #DEFAULT_LOGIN_URL} when unset), with
     * {@code next=} the page asked for: its path and query, or its whole URL when the login page is on another host.
     */
    public static Response redirectToLogin(Request request) {
        String login = loginUrl(request);
        String back = sameSite(login, request) ? request.fullPath() : request.absoluteUri();
        String separator = login.contains("?") ? "&" : "?";
        return Response.redirect(login + separator + RedirectUrls.NEXT + "=" + PercentCodec.encodeQueryComponent(back));
    }

    /** The login page's URL: {@value #LOGIN_URL} as a path or URL, or reversed when it names a route. */
    public static String loginUrl(Request request) {
        String setting = request.settings().get(LOGIN_URL, DEFAULT_LOGIN_URL);
        return setting.contains("/") ? setting : request.reverse(setting);
    }

    private static boolean sameSite(String login, Request request) {
        int scheme = login.indexOf("://");
        if (scheme < 0) {
            return !login.startsWith("//");
        }
        int end = login.indexOf('/', scheme + 3);
        String authority = end < 0 ? login.substring(scheme + 3) : login.substring(scheme + 3, end);
        return login.substring(0, scheme).equalsIgnoreCase(request.scheme()) && authority.equals(request.host());
    }

    private static View guarded(View view, String rule, Predicate<RequestUser> test) {
        Objects.requireNonNull(view, "view");
        return request -> {
            RequestUser user = request.user();
            if (!user.isAuthenticated()) {
                record(rule, "redirected to log in", user);
                return redirectToLogin(request);
            }
            if (!test.test(user)) {
                record(rule, "forbidden", user);
                throw HttpError.forbidden("You do not have permission to see this page");
            }
            record(rule, "allowed", user);
            return view.handle(request);
        };
    }

    private static void record(String rule, String verdict, RequestUser user) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("auth", "access", "rule", rule, "verdict", verdict, "user", user.isAuthenticated()
                    ? user.username()
                    : "anonymous");
        }
    }
}
