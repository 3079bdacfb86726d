package dev.cairn.web.auth;

import dev.cairn.web.Middleware;
import dev.cairn.web.TestSettings;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Sites whose requests have a user, given by a middleware that stands in for contrib's authentication. */
final class UserSites {

    private UserSites() {}

    /** A middleware that gives each request {@code user}, counting how many times the source is asked. */
    static Middleware as(Supplier<RequestUser> user, AtomicInteger asked) {
        return (request, next) -> next.proceed(request.userSource(() -> {
            asked.incrementAndGet();
            return user.get();
        }));
    }

    /** A site with these settings, whose every request is made by {@code user}. */
    static WebApp site(Settings settings, RequestUser user, List<Route<View>> routes) {
        return WebApp.builder().settings(settings).middleware("user", as(() -> user, new AtomicInteger()))
                .routes(routes).build();
    }

    /** A site in debug, whose every request is made by {@code user}. */
    static WebApp site(RequestUser user, List<Route<View>> routes) {
        return site(TestSettings.debug(), user, routes);
    }
}
