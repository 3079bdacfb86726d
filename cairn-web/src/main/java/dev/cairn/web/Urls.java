package dev.cairn.web;

import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import java.util.List;

/**
 * Routes to framework views, written as in a Django {@code urls.py}: {@code path("posts/<int:pk>/", views::post,
 * "post")}. The general {@link Routes} is generic in its view type, which Java cannot infer from a method
 * reference; these fix it to {@link View}.
 */
public final class Urls {

    private Urls() {}

    /** A named route to a view. */
    public static Route<View> path(String pattern, View view, String name) {
        return Routes.path(pattern, view, name);
    }

    /** An unnamed route to a view (it cannot be reversed). */
    public static Route<View> path(String pattern, View view) {
        return Routes.path(pattern, view);
    }

    /** Routes under a prefix, their names under a namespace ({@code "blog:post"}). */
    public static Route<View> include(String prefix, List<Route<View>> routes, String namespace) {
        return Routes.include(prefix, routes, namespace);
    }

    /** Routes under a prefix, their names unchanged. */
    public static Route<View> include(String prefix, List<Route<View>> routes) {
        return Routes.include(prefix, routes);
    }
}
