package dev.cairn.web.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Middleware;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.middleware.Middlewares;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.sessions.SessionMiddleware;
import dev.cairn.web.sessions.SignedCookieSessionStore;
import dev.cairn.web.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each deployment check fires when it should and passes when the setting is right. */
class DeployChecksTest {

    /** Settings a public site should have: every deployment check passes. */
    static Settings.Builder productionReady() {
        return Settings.builder().debug(false).secretKey(SystemChecksTest.GOOD_KEY).allowedHosts("example.com")
                .set("SECURE_HSTS_SECONDS", "31536000").set("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
                .set("SECURE_HSTS_PRELOAD", "true").set("SECURE_SSL_REDIRECT", "true")
                .set("SESSION_COOKIE_SECURE", "true").set("CSRF_COOKIE_SECURE", "true");
    }

    private static Settings ready(UnaryOperator<Settings.Builder> change) {
        return change.apply(productionReady()).build();
    }

    /** A site with the default middleware and sessions, as most sites have. */
    private static WebApp site(Settings settings, boolean sessions) {
        List<Middleware> middleware = new ArrayList<>(Middlewares.defaults(settings));
        if (sessions) {
            middleware.add(new SessionMiddleware(SignedCookieSessionStore.create(settings), settings));
        }
        return WebApp.builder().settings(settings).middleware(middleware)
                .routes(Routes.<View>path("", request -> Response.text("home"), "home")).build();
    }

    private static List<String> ids(WebApp app) {
        return SystemChecks.report(CheckContext.of(app), DeployChecks.checks()).messages().stream()
                .map(CheckMessage::id).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("production-ready settings", ready(b -> b), List.of()),
                Arguments.of("DEBUG on", ready(b -> b.debug(true)), List.of("security.W018")),
                Arguments.of("no key in DEBUG", ready(b -> b.debug(true).set("SECRET_KEY", "")),
                        List.of("security.W009", "security.W018")),
                Arguments.of("a 49-character key", ready(b -> b.secretKey(SystemChecksTest.GOOD_KEY.substring(1))),
                        List.of("security.W009")),
                Arguments.of("a long key of 4 distinct characters", ready(b -> b.secretKey("abcd".repeat(20))),
                        List.of("security.W009")),
                Arguments.of("the example site's key", ready(b -> b.secretKey(SecretKeyChecks.KNOWN_KEYS.get(0))),
                        List.of("security.W009")),
                Arguments.of("the benchmark's key", ready(b -> b.secretKey(SecretKeyChecks.KNOWN_KEYS.get(1))),
                        List.of("security.W009")),
                Arguments.of("Django's insecure prefix",
                        ready(b -> b.secretKey("django-insecure-" + SystemChecksTest.GOOD_KEY)),
                        List.of("security.W009")),
                Arguments.of("a key saying INSECURE", ready(b -> b.secretKey(SystemChecksTest.GOOD_KEY + "INSECURE")),
                        List.of("security.W009")),
                Arguments.of("a key saying dev", ready(b -> b.secretKey("my-dev-key-" + SystemChecksTest.GOOD_KEY)),
                        List.of("security.W009")),
                Arguments.of("a key with dev inside a word",
                        ready(b -> b.secretKey("xdevq" + SystemChecksTest.GOOD_KEY)),
                        List.of()),
                Arguments.of("a weak fallback key", ready(b -> b.set("SECRET_KEY_FALLBACKS", "short")),
                        List.of("security.W025")),
                Arguments.of("a strong fallback key",
                        ready(b -> b.set("SECRET_KEY_FALLBACKS", "Z" + SystemChecksTest.GOOD_KEY)), List.of()),
                Arguments.of("any host allowed", ready(b -> b.allowedHosts("*")), List.of("security.W020")),
                Arguments.of("no hosts in DEBUG", ready(b -> b.debug(true).set("ALLOWED_HOSTS", "")),
                        List.of("security.W018", "security.W020")),
                Arguments.of("HSTS off", ready(b -> b.set("SECURE_HSTS_SECONDS", "0")), List.of("security.W004")),
                Arguments.of("HSTS unset", ready(b -> b.set("SECURE_HSTS_SECONDS", "")), List.of("security.W004")),
                Arguments.of("HSTS for a day", ready(b -> b.set("SECURE_HSTS_SECONDS", "86400")),
                        List.of("security.W004")),
                Arguments.of("HSTS without subdomains", ready(b -> b.set("SECURE_HSTS_INCLUDE_SUBDOMAINS", "false")),
                        List.of("security.I005")),
                Arguments.of("HSTS without preload", ready(b -> b.set("SECURE_HSTS_PRELOAD", "false")),
                        List.of("security.I021")),
                Arguments.of("no SSL redirect", ready(b -> b.set("SECURE_SSL_REDIRECT", "false")),
                        List.of("security.W008")),
                Arguments.of("nosniff off", ready(b -> b.set("SECURE_CONTENT_TYPE_NOSNIFF", "false")),
                        List.of("security.W006")),
                Arguments.of("frames from the same origin", ready(b -> b.set("X_FRAME_OPTIONS", "SAMEORIGIN")),
                        List.of("security.W019")),
                Arguments.of("X-Frame-Options deny in lower case", ready(b -> b.set("X_FRAME_OPTIONS", "deny")),
                        List.of()),
                Arguments.of("no referrer policy", ready(b -> b.set("SECURE_REFERRER_POLICY", " ")),
                        List.of("security.W022")),
                Arguments.of("session cookie not Secure", ready(b -> b.set("SESSION_COOKIE_SECURE", "false")),
                        List.of("security.W012")),
                Arguments.of("session cookie readable by scripts",
                        ready(b -> b.set("SESSION_COOKIE_HTTPONLY", "false")), List.of("security.W015")),
                Arguments.of("CSRF cookie not Secure", ready(b -> b.set("CSRF_COOKIE_SECURE", "false")),
                        List.of("security.W016")),
                Arguments.of("CSRF secret in the session", ready(b -> b.set("CSRF_COOKIE_SECURE", "false")
                        .set("CSRF_USE_SESSIONS", "true")), List.of()),
                Arguments.of("a trusted origin over HTTP",
                        ready(b -> b.set("CSRF_TRUSTED_ORIGINS", "https://a.example.com,http://b.example.com")),
                        List.of("security.W030")),
                Arguments.of("behind an HTTPS proxy without trusted origins",
                        ready(b -> b.set("USE_X_FORWARDED_HOST", "true")), List.of("security.W031")),
                Arguments.of("behind an HTTPS proxy with trusted origins", ready(b -> b.set("USE_X_FORWARDED_HOST",
                        "true").set("CSRF_TRUSTED_ORIGINS", "https://example.com")), List.of()),
                Arguments.of("behind a proxy without SSL redirect", ready(b -> b.set("USE_X_FORWARDED_HOST", "true")
                        .set("SECURE_SSL_REDIRECT", "false")), List.of("security.W008")),
                Arguments.of("development settings", Settings.builder().debug(true)
                        .secretKey(SecretKeyChecks.KNOWN_KEYS.get(0)).build(),
                        List.of("security.W004", "security.W008", "security.W009", "security.W012", "security.W016",
                                "security.W018", "security.W020")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void eachDeploymentCheckFiresExactlyWhenItShould(String why, Settings settings, List<String> ids) {
        assertEquals(ids, ids(site(settings, true)));
    }

    @Test
    void sessionChecksRunOnlyForASiteWithSessions() {
        Settings settings = ready(b -> b.set("SESSION_COOKIE_SECURE", "false").set("SESSION_COOKIE_HTTPONLY", "0"));
        assertEquals(List.of("security.W012", "security.W015"), ids(site(settings, true)));
        assertEquals(List.of(), ids(site(settings, false)));
    }

    @Test
    void aSiteWithoutTheSecurityAndCsrfMiddlewareIsWarnedOnceForEach() {
        Settings settings = Settings.builder().debug(false).secretKey(SystemChecksTest.GOOD_KEY)
                .allowedHosts("example.com").build();
        WebApp bare = WebApp.builder().settings(settings)
                .routes(Routes.<View>path("", request -> Response.text("home"), "home")).build();
        // The header, HSTS and cookie checks need the middleware that sends them, so only its absence is listed.
        assertEquals(List.of("security.W001", "security.W003"), ids(bare));
    }

    @Test
    void deploymentFindingsReplaceTheStartUpFindingsTheyMakeMoreSerious() {
        WebApp app = site(Settings.builder().debug(true).secretKey("short").build(), false);
        List<String> startUp = SystemChecks.run(CheckContext.of(app), List.of()).stream().map(CheckMessage::id)
                .toList();
        assertEquals(List.of("settings.W001", "settings.W002"), startUp);
        List<String> deploy = ids(app);
        assertTrue(deploy.containsAll(List.of("security.W009", "security.W018")), deploy.toString());
        assertTrue(!deploy.contains("settings.W001") && !deploy.contains("settings.W002"), deploy.toString());
    }

    @Test
    void silencedDeploymentFindingsAreCounted() {
        Settings settings = ready(b -> b.set("SECURE_SSL_REDIRECT", "false").set("SECURE_HSTS_PRELOAD", "false")
                .set(SystemChecks.SILENCED_SYSTEM_CHECKS, "security.W008, security.I021"));
        CheckReport report = SystemChecks.report(CheckContext.of(site(settings, true)), DeployChecks.checks());
        assertEquals(List.of(), report.messages());
        assertEquals(2, report.silenced());
    }

    @Test
    void messagesSayHowToFixEachFinding() {
        WebApp app = site(ready(b -> b.set("USE_X_FORWARDED_HOST", "true").allowedHosts("example.com",
                ".example.org")), true);
        CheckMessage message = SystemChecks.report(CheckContext.of(app), DeployChecks.checks()).messages()
                .getFirst();
        assertEquals("CSRF_TRUSTED_ORIGINS: security.W031: The site runs behind a proxy (USE_X_FORWARDED_HOST) on "
                + "HTTPS (SECURE_SSL_REDIRECT) and CSRF_TRUSTED_ORIGINS is empty: unless the server trusts the "
                + "proxy's X-Forwarded-Proto, the site sees http:// while browsers send Origin: https://, and every "
                + "form post is refused.\n\tHINT: Set CSRF_TRUSTED_ORIGINS=https://example.com,https://*.example.org, "
                + "or give the server the proxy's address with Server.builder().trustedProxies(...).",
                message.toString());
        for (Arguments arguments : cases().toList()) {
            for (CheckMessage each : SystemChecks.report(CheckContext.of(site((Settings) arguments.get()[1], true)),
                    DeployChecks.checks()).messages()) {
                assertTrue(each.hint() != null && !each.hint().isBlank(), each.id() + " has no hint");
            }
        }
    }

    @Test
    void aKeyIsReportedWithoutBeingShown() {
        String key = "dev-" + SystemChecksTest.GOOD_KEY;
        CheckMessage message = SystemChecks.report(CheckContext.of(site(ready(b -> b.secretKey(key)), true)),
                DeployChecks.checks()).messages().getFirst();
        assertEquals("security.W009", message.id());
        assertTrue(message.message().contains("says it is for development ('dev')"), message.message());
        assertTrue(!message.toString().contains(SystemChecksTest.GOOD_KEY), message.toString());
    }
}
