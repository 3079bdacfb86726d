package dev.cairn.web.auth;

import static dev.cairn.web.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.WebApp;
import dev.cairn.web.templates.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code request.user()}: lazy, replaceable, and in every template as {@code user} and {@code perms}. */
class RequestUserTest {

    private static final RequestUser ADA = new FakeUser("ada", Set.of("shelf.add_book"));

    @TempDir
    Path templates;

    @Test
    void withoutAnAuthenticationMiddlewareAskingForTheUserFailsSayingWhatToAdd() {
        WebApp app = WebApp.builder().settings(TestSettings.debug()).routes(path("", request -> Response.text(
                request.user().username()))).build();
        String page = Exchanges.text(app.handle(Exchanges.get("/")));
        assertEquals(500, app.handle(Exchanges.get("/")).status());
        assertTrue(page.contains("request.user() needs an authentication middleware: add contrib&#39;s new "
                + "AuthenticationMiddleware(auth)") || page.contains(
                        "request.user() needs an authentication "
                                + "middleware: add contrib's new AuthenticationMiddleware(auth)"),
                page);
    }

    @Test
    void theUserIsFoundOnlyWhenAskedForAndThenOnce() {
        AtomicInteger asked = new AtomicInteger();
        WebApp app = WebApp.builder().settings(TestSettings.debug()).middleware(UserSites.as(() -> ADA, asked))
                .routes(path("never/", request -> Response.text("no user needed")),
                        path("twice/", request -> Response.text(request.user().username() + " " + request.user()
                                .hasPerm("shelf.add_book"))))
                .build();
        assertEquals("no user needed", Exchanges.text(app.handle(Exchanges.get("/never/"))));
        assertEquals(0, asked.get());
        assertEquals("ada true", Exchanges.text(app.handle(Exchanges.get("/twice/"))));
        assertEquals(1, asked.get());
    }

    @Test
    void settingTheUserReplacesTheSourceForTheRestOfTheRequest() {
        AtomicInteger asked = new AtomicInteger();
        WebApp app = WebApp.builder().settings(TestSettings.debug()).middleware(UserSites.as(() -> ADA, asked))
                .routes(path("", request -> {
                    request.user(AnonymousUser.INSTANCE);
                    return Response.text(request.user().isAnonymous() + " " + request.hasUserSource());
                })).build();
        assertEquals("true true", Exchanges.text(app.handle(Exchanges.get("/"))));
        assertEquals(0, asked.get(), "the source was replaced before anyone asked it");
    }

    @Test
    void aSourceThatGivesNullIsAMistakeNamed() {
        WebApp app = WebApp.builder().settings(TestSettings.debug()).middleware(UserSites.as(() -> null,
                new AtomicInteger())).routes(path("", request -> Response.text(request.user().username()))).build();
        String page = Exchanges.text(app.handle(Exchanges.get("/")));
        assertTrue(page.contains("the user source returned null"), page);
    }

    @Test
    void theAnonymousUserIsNobodyWithNoPermission() {
        assertFalse(AnonymousUser.INSTANCE.isAuthenticated());
        assertTrue(AnonymousUser.INSTANCE.isAnonymous());
        assertEquals("", AnonymousUser.INSTANCE.username());
        assertFalse(AnonymousUser.INSTANCE.hasPerm("shelf.add_book"));
        assertTrue(AnonymousUser.INSTANCE.hasPerms(List.of()), "no permission asked for, none missing");
        assertFalse(AnonymousUser.INSTANCE.hasPerms(List.of("shelf.view_book")));
        assertEquals("AnonymousUser", AnonymousUser.INSTANCE.toString());
    }

    static Stream<Arguments> inTemplates() {
        return Stream.of(
                Arguments.of(ADA, "{% if user.isAuthenticated %}Hello, {{ user.username }}{% endif %}", "Hello, ada"),
                Arguments.of(AnonymousUser.INSTANCE, "{% if user.isAuthenticated %}Hello{% else %}Log in{% endif %}",
                        "Log in"),
                Arguments.of(ADA, "{{ perms.shelf.add_book }} {{ perms.shelf.delete_book }}", "true false"),
                Arguments.of(ADA, "{% if perms.shelf.add_book %}add{% endif %}", "add"),
                Arguments.of(AnonymousUser.INSTANCE, "{{ perms.shelf.add_book }}", "false"),
                Arguments.of(ADA, "{{ user.hasPerm('shelf.add_book') }}", "true"));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource
    void inTemplates(RequestUser user, String template, String expected) throws IOException {
        Files.writeString(templates.resolve("page.html"), template);
        WebApp app = WebApp.builder().settings(TestSettings.debug()).middleware(UserSites.as(() -> user,
                new AtomicInteger())).routes(path("", request -> request.render("page.html", Map.of())))
                .templates(Templates.builder().folder(templates)).build();
        assertEquals(expected, Exchanges.text(app.handle(Exchanges.get("/"))));
    }

    @Test
    void withoutAUserSourceTemplatesHaveNoUserAndRenderAllTheSame() throws IOException {
        Files.writeString(templates.resolve("page.html"), "[{{ user }}][{{ perms }}]");
        WebApp app = WebApp.builder().settings(TestSettings.debug()).routes(path("", request -> request.render(
                "page.html", Map.of()))).templates(Templates.builder().folder(templates)).build();
        assertEquals("[][]", Exchanges.text(app.handle(Exchanges.get("/"))));
    }

    @Test
    void theViewsOwnUserVariableWinsOverTheProcessors() throws IOException {
        Files.writeString(templates.resolve("page.html"), "{{ user }}");
        WebApp app = WebApp.builder().settings(TestSettings.debug()).middleware(UserSites.as(() -> ADA,
                new AtomicInteger())).routes(path("",
                        request -> request.render("page.html", Map.of("user",
                                "the profile's owner"))))
                .templates(Templates.builder().folder(templates)).build();
        assertEquals("the profile&#39;s owner", Exchanges.text(app.handle(Exchanges.get("/"))));
    }
}
