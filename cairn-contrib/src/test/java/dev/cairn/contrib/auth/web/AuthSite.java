package dev.cairn.contrib.auth.web;

import static dev.cairn.web.Urls.path;

import dev.cairn.contrib.auth.Auth;
import dev.cairn.contrib.auth.ModelBackend;
import dev.cairn.contrib.auth.hashers.CountingHasher;
import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.contrib.auth.throttle.LoginThrottle;
import dev.cairn.contrib.auth.throttle.ThrottlePolicy;
import dev.cairn.contrib.auth.views.AuthUrls;
import dev.cairn.contrib.sessions.DatabaseSessionStore;
import dev.cairn.test.Client;
import dev.cairn.test.MovingClock;
import dev.cairn.web.Response;
import dev.cairn.web.Urls;
import dev.cairn.web.WebApp;
import dev.cairn.web.auth.Access;
import dev.cairn.web.csrf.CsrfMiddleware;
import dev.cairn.web.mail.EmailBackend;
import dev.cairn.web.mail.InMemoryEmailBackend;
import dev.cairn.web.middleware.AllowedHostsMiddleware;
import dev.cairn.web.middleware.CommonMiddleware;
import dev.cairn.web.middleware.SecurityMiddleware;
import dev.cairn.web.sessions.SessionMiddleware;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import java.time.Duration;
import java.time.Instant;

/**
 * A site with users on the web, as a real one is put together: security, allowed hosts, sessions in the database,
 * common, CSRF and authentication middleware, Django's auth views under {@code accounts/}, and a few pages that only
 * some users may see. Its mail goes to an outbox; its login throttle and reset tokens tell the time by a clock the
 * test moves; passwords are hashed by a cheap hasher that counts its work.
 */
final class AuthSite {

    /** The secret key the site signs with. */
    static final String SECRET_KEY = "auth-site-test-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG";
    /** A password the validators accept. */
    static final String PASSWORD = "correct horse battery staple";
    /** The throttle's policy: two failures free, the third locks for 1 s, then 2 s, 4 s, ... */
    static final ThrottlePolicy POLICY = new ThrottlePolicy(2, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofDays(1));

    final Settings settings;
    final MovingClock clock = new MovingClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryEmailBackend mail = new InMemoryEmailBackend();
    final CountingHasher hasher = new CountingHasher(1_000);
    final PasswordResetTokens tokens;
    final Auth auth;
    final WebApp app;

    private AuthSite(Settings settings, EmailBackend sender) {
        this.settings = settings;
        this.tokens = PasswordResetTokens.create(settings, clock);
        this.auth = Auth.builder().backend(new ModelBackend()).throttle(LoginThrottle.builder().clock(clock).account(
                POLICY).address(POLICY).build()).build();
        this.app = WebApp.builder()
                .settings(settings)
                .middleware(new SecurityMiddleware(settings))
                .middleware(new AllowedHostsMiddleware())
                .middleware(new SessionMiddleware(DatabaseSessionStore.create(), settings))
                .middleware(new CommonMiddleware(settings))
                .middleware(new CsrfMiddleware(settings))
                .middleware(new AuthenticationMiddleware(auth))
                .routes(Urls.include("accounts/", AuthUrls.routes(settings, sender == null ? mail : sender, tokens)),
                        path("accounts/profile/", request -> Response.text("profile of " + request.user()
                                .username()), "profile"),
                        path("private/", Access.loginRequired(request -> Response.text("private to " + request.user()
                                .username())), "private"),
                        path("books/new/", Access.permissionRequired("shelf.add_book", request -> Response.text(
                                "new book form")), "book-new"),
                        path("whoami/", request -> request.render("whoami.html", java.util.Map.of()), "whoami"),
                        path("untouched/", request -> Response.text("nobody asked who"), "untouched"))
                .templates(AuthUrls.templates(Templates.builder().classpath("authweb-templates", AuthSite.class
                        .getClassLoader())))
                .build();
    }

    /** The site with debug on, this key, {@code localhost} and {@code testserver}, and these settings. */
    static AuthSite create(String... keysAndValues) {
        return create(null, keysAndValues);
    }

    /** As {@link #create(String...)}, its mail sent through {@code sender} instead of the outbox. */
    static AuthSite create(EmailBackend sender, String... keysAndValues) {
        Settings.Builder builder = Settings.builder().debug(true).secretKey(SECRET_KEY).allowedHosts("localhost",
                "testserver").set("DEFAULT_FROM_EMAIL", "site@example.com");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new AuthSite(builder.build(), sender);
    }

    /** A new browser. */
    Client client() {
        return Client.of(app);
    }

    /** Installs the counting hasher; returns what was installed before, to put back. */
    Passwords installHasher() {
        return Passwords.install(Passwords.of(hasher));
    }

    /** Logs {@code client} in as {@code username} through the login page; fails unless it worked. */
    void logIn(Client client, String username, String password) {
        client.post("/accounts/login/", java.util.Map.of("username", username, "password", password)).assertRedirects(
                "/accounts/profile/", 302);
    }
}
