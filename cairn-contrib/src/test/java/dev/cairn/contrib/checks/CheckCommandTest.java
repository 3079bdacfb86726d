package dev.cairn.contrib.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.cli.Cairn;
import dev.cairn.cli.Project;
import dev.cairn.web.Middleware;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.checks.CheckMessage;
import dev.cairn.web.middleware.Middlewares;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.sessions.SessionMiddleware;
import dev.cairn.web.sessions.SignedCookieSessionStore;
import dev.cairn.web.settings.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code cairn check} and {@code cairn check --deploy}, run through the command line as a site's Main runs them. */
class CheckCommandTest {

    static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklm";

    /** What a command printed, and its exit code. */
    record Run(int code, String out, String err) {}

    /** Settings every deployment check passes. */
    static Settings ready(UnaryOperator<Settings.Builder> change) {
        return change.apply(Settings.builder().debug(false).secretKey(KEY).allowedHosts("example.com")
                .set("SECURE_HSTS_SECONDS", "31536000").set("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
                .set("SECURE_HSTS_PRELOAD", "true").set("SECURE_SSL_REDIRECT", "true")
                .set("SESSION_COOKIE_SECURE", "true").set("CSRF_COOKIE_SECURE", "true")).build();
    }

    /** A site with the default middleware and sessions, and a project check that warns when asked to. */
    static WebApp site(Settings settings) {
        List<Middleware> middleware = new ArrayList<>(Middlewares.defaults(settings));
        middleware.add(new SessionMiddleware(SignedCookieSessionStore.create(settings), settings));
        return WebApp.builder().settings(settings).middleware(middleware)
                .routes(Routes.<View>path("", request -> Response.text("home"), "home"))
                .check(context -> context.settings().get("APP_WARN") == null
                        ? List.of()
                        : List.of(CheckMessage.warning("app.W001", "The app warns.", "Unset APP_WARN.")))
                .build();
    }

    static Run run(Settings settings, String... args) {
        Project project = Project.builder().command(CheckCommand.of(p -> site(settings))).build();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cairn.run(project, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void productionReadySettingsGiveNoIssues() {
        assertEquals(new Run(Cairn.OK, "System check identified no issues (0 silenced).\n", ""),
                run(ready(b -> b), "check", "--deploy", "--fail-level", "WARNING"));
    }

    @Test
    void eachFindingIsPrintedWithItsIdAndHintUnderItsLevel() {
        Run run = run(ready(b -> b.set("SECURE_SSL_REDIRECT", "false").set("SECURE_HSTS_PRELOAD", "false")),
                "check", "--deploy");
        assertEquals(new Run(Cairn.OK, """
                System check identified some issues:

                WARNINGS:
                security.W008: SECURE_SSL_REDIRECT is off, so requests over plain HTTP are answered over plain HTTP.
                \tHINT: Set SECURE_SSL_REDIRECT=true, or if the proxy in front already redirects to HTTPS, silence \
                security.W008 with SILENCED_SYSTEM_CHECKS.

                INFOS:
                security.I021: HSTS is not marked for preloading, so a browser's very first visit can still go over \
                plain HTTP.
                \tHINT: Set SECURE_HSTS_PRELOAD=true and submit the domain at https://hstspreload.org.

                System check identified 2 issues (0 silenced).
                """, ""), run);
    }

    static Stream<Arguments> exitCodes() {
        UnaryOperator<Settings.Builder> noRedirect = b -> b.set("SECURE_SSL_REDIRECT", "false");
        UnaryOperator<Settings.Builder> onlyInfo = b -> b.set("SECURE_HSTS_PRELOAD", "false");
        return Stream.of(
                Arguments.of("a warning, failing at ERROR", noRedirect, List.of("--deploy"), Cairn.OK),
                Arguments.of("a warning, failing at WARNING", noRedirect,
                        List.of("--deploy", "--fail-level", "WARNING"), Cairn.FAILED),
                Arguments.of("an info, failing at WARNING", onlyInfo, List.of("--deploy", "--fail-level", "WARNING"),
                        Cairn.OK),
                Arguments.of("an info, failing at INFO", onlyInfo, List.of("--deploy", "--fail-level", "INFO"),
                        Cairn.FAILED),
                Arguments.of("an error from the deployment checks", (UnaryOperator<Settings.Builder>) b -> b.set(
                        "PASSWORD_HASHERS", "md5"), List.of("--deploy"), Cairn.FAILED),
                Arguments.of("the same error without --deploy", (UnaryOperator<Settings.Builder>) b -> b.set(
                        "PASSWORD_HASHERS", "md5"), List.of(), Cairn.OK),
                Arguments.of("deployment warnings without --deploy", noRedirect,
                        List.of("--fail-level", "WARNING"), Cairn.OK),
                Arguments.of("a project warning without --deploy", (UnaryOperator<Settings.Builder>) b -> b.set(
                        "APP_WARN", "1"), List.of("--fail-level", "WARNING"), Cairn.FAILED),
                Arguments.of("an unknown fail level", noRedirect, List.of("--fail-level", "LOUD"), Cairn.USAGE));
    }

    @ParameterizedTest(name = "{0}: exit {3}")
    @MethodSource("exitCodes")
    void theExitCodeSaysWhetherAFindingReachedTheFailLevel(String why, UnaryOperator<Settings.Builder> change,
            List<String> options, int code) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(options);
        assertEquals(code, run(ready(change), args.toArray(String[]::new)).code());
    }

    @Test
    void silencedIdsAreLeftOutAndCounted() {
        Run run = run(ready(b -> b.set("SECURE_SSL_REDIRECT", "false").set("SECURE_HSTS_PRELOAD", "false")
                .set("SILENCED_SYSTEM_CHECKS", "security.W008,security.I021")), "check", "--deploy",
                "--fail-level", "INFO");
        assertEquals(new Run(Cairn.OK, "System check identified no issues (2 silenced).\n", ""), run);
        Run one = run(ready(b -> b.set("SECURE_SSL_REDIRECT", "false").set("SECURE_HSTS_PRELOAD", "false")
                .set("SILENCED_SYSTEM_CHECKS", "security.W008")), "check", "--deploy");
        assertTrue(one.out().endsWith("System check identified 1 issue (1 silenced).\n"), one.out());
        assertTrue(!one.out().contains("security.W008"), one.out());
    }

    @Test
    void developmentSettingsListWhatIsUnsafe() {
        Settings development = Settings.builder().debug(true)
                .secretKey("development-only-insecure-key-3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f")
                .allowedHosts("localhost").build();
        Run run = run(development, "check", "--deploy");
        for (String id : List.of("security.W004", "security.W008", "security.W009", "security.W012",
                "security.W016", "security.W018")) {
            assertTrue(run.out().contains(id + ": "), id + " missing from\n" + run.out());
        }
        assertTrue(!run.out().contains("settings.W002"), "replaced by security.W018:\n" + run.out());
        assertTrue(run.out().endsWith("System check identified 6 issues (0 silenced).\n"), run.out());
        assertEquals(Cairn.OK, run.code());
        assertEquals(Cairn.FAILED, run(development, "check", "--deploy", "--fail-level", "WARNING").code());
    }

    @Test
    void withoutDeployOnlyTheStartUpChecksRun() {
        Settings development = Settings.builder().debug(true).secretKey(KEY).build();
        assertEquals(new Run(Cairn.OK, """
                System check identified some issues:

                INFOS:
                settings.W002: DEBUG is on: error pages show source code, the request, the settings and the journey.
                \tHINT: Never run a public site with DEBUG on; set CAIRN_DEBUG=false there.

                System check identified 1 issue (0 silenced).
                """, ""), run(development, "check"));
    }

    @Test
    void aSiteThatRefusesToBuildIsReportedWithItsErrors() {
        Run run = run(ready(b -> b.set("STATIC_URL", "static")), "check", "--deploy");
        assertEquals(Cairn.FAILED, run.code());
        assertTrue(run.out().contains("ERRORS:\nSTATIC_URL: staticfiles.E001: STATIC_URL must start and end with "
                + "'/', not 'static'."), run.out());
        assertTrue(run.out().endsWith("System check identified 1 issue (0 silenced).\n"), run.out());
    }
}
