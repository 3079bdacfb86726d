package dev.cairn.web.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Request;
import dev.cairn.web.Sites;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RedirectViewTest {

    private static final View POST = request -> dev.cairn.web.Response.text("post");

    private static WebApp site(String pattern, View redirect) {
        List<Route<View>> routes = List.of(
                Routes.path(pattern, redirect, "redirect"),
                Routes.include("blog/", List.of(Routes.path("<int:pk>/", POST, "post")), "blog"));
        return Sites.app(Sites.settings().build(), routes);
    }

    private static dev.cairn.gateway.Response get(WebApp app, String target) {
        return app.handle(Exchanges.get(target));
    }

    @ParameterizedTest(name = "permanent={0} preserveMethod={1} is {2}")
    @CsvSource({"false, false, 302", "true, false, 301", "false, true, 307", "true, true, 308"})
    void theStatusSaysPermanentAndWhetherTheMethodIsKept(boolean permanent, boolean preserve, int status) {
        RedirectView view = RedirectView.to("/new/").permanent(permanent).preserveMethod(preserve);
        assertEquals(status, view.status());
        var response = get(site("old/", view), "/old/");
        assertEquals(status, response.status());
        assertEquals("/new/", response.headers().first("Location"));
    }

    static Stream<Arguments> placeholders() {
        return Stream.of(
                Arguments.of("old/<slug:slug>/", "/articles/{slug}/", "/old/hello-world/", "/articles/hello-world/"),
                Arguments.of("old/<int:pk>/", "/p/{pk}/", "/old/42/", "/p/42/"),
                Arguments.of("old/<str:name>/", "/n/{name}/", "/old/a%20b&c=d/", "/n/a%20b%26c%3Dd/"),
                Arguments.of("old/<str:name>/", "/n/{name}/", "/old/caf%C3%A9/", "/n/caf%C3%A9/"),
                Arguments.of("old/<str:q>/", "/search?q={q}", "/old/a&admin=1/", "/search?q=a%26admin%3D1"),
                Arguments.of("old/<path:rest>", "/files/{rest}", "/old/a/b.txt", "/files/a/b.txt"),
                Arguments.of("old/<str:x>/", "/x/{x}/", "/old/%3F%23%25/", "/x/%3F%23%25/"),
                Arguments.of("old/<str:x>/", "/{x}/{x}", "/old/ab/", "/ab/ab"),
                Arguments.of("old/", "/literal/{not a placeholder}/", "/old/", "/literal/{not a placeholder}/"));
    }

    @ParameterizedTest(name = "{1} for {2} is {3}")
    @MethodSource("placeholders")
    void placeholdersAreFilledFromThePathArgumentsPercentEncoded(String pattern, String url, String target,
            String location) {
        var response = get(site(pattern, RedirectView.to(url)), target);
        assertEquals(302, response.status());
        assertEquals(location, response.headers().first("Location"));
    }

    @Test
    void anArgumentCannotMakeTheUrlPointOffSite() {
        var response = get(site("go/<path:rest>", RedirectView.to("/{rest}")), "/go//evil.example/x");
        assertEquals("/%2Fevil.example/x", response.headers().first("Location"));
        var backslash = get(site("go/<path:rest>", RedirectView.to("/{rest}")), "/go/%5Cevil.example");
        assertEquals("/%5Cevil.example", backslash.headers().first("Location"));
    }

    @Test
    void aUrlThatIsSchemeRelativeOnPurposeIsKept() {
        assertEquals("//cdn.example/a", RedirectView.fill("//cdn.example/{x}", Map.of("x", "a")));
    }

    @Test
    void aPlaceholderWithoutAnArgumentIsAMistakeInTheRoutes() {
        assertEquals(500, get(site("old/", RedirectView.to("/new/{pk}/")), "/old/").status());
        assertEquals("RedirectView URL '/new/{pk}/' names {pk}, but the route's path arguments are [slug]",
                assertThrows(IllegalStateException.class, () -> RedirectView.fill("/new/{pk}/", Map.of("slug", "a")))
                        .getMessage());
    }

    static Stream<Arguments> queryStrings() {
        return Stream.of(
                Arguments.of("/new/", true, "/old/?a=1&b=2", "/new/?a=1&b=2"),
                Arguments.of("/new/?x=1", true, "/old/?a=1", "/new/?x=1&a=1"),
                Arguments.of("/new/", true, "/old/", "/new/"),
                Arguments.of("/new/", false, "/old/?a=1", "/new/"));
    }

    @ParameterizedTest(name = "{0} with queryString={1} for {2} is {3}")
    @MethodSource("queryStrings")
    void theQueryStringIsPassedOnWhenAsked(String url, boolean pass, String target, String location) {
        var response = get(site("old/", RedirectView.to(url).queryString(pass)), target);
        assertEquals(location, response.headers().first("Location"));
    }

    @Test
    void aNamedRouteIsReversedWithThePathArguments() {
        var response = get(site("p/<int:pk>/", RedirectView.toRoute("blog:post").permanent(true)), "/p/7/");
        assertEquals(301, response.status());
        assertEquals("/blog/7/", response.headers().first("Location"));
    }

    @Test
    void aNamedRouteWithTheQueryString() {
        var response = get(site("p/<int:pk>/", RedirectView.toRoute("blog:post").queryString(true)), "/p/7/?ref=x");
        assertEquals("/blog/7/?ref=x", response.headers().first("Location"));
    }

    static Stream<Arguments> gone() {
        return Stream.of(
                Arguments.of("a route whose arguments do not fit", "p/<slug:slug>/", RedirectView.toRoute("blog:post"),
                        "/p/abc/"),
                Arguments.of("a route with no such name", "p/<int:pk>/", RedirectView.toRoute("blog:missing"),
                        "/p/7/"),
                Arguments.of("a subclass with no target", "p/", new RedirectView(null, null) {
                }, "/p/"),
                Arguments.of("a subclass deciding there is none", "p/", new RedirectView("/x/", null) {
                    @Override
                    protected String target(Request request) {
                        return request.query("to");
                    }
                }, "/p/"));
    }

    @ParameterizedTest(name = "{0} is 410 Gone")
    @MethodSource("gone")
    void aTargetThatResolvesToNothingIsGone(String what, String pattern, RedirectView view, String target) {
        var response = get(site(pattern, view), target);
        assertEquals(410, response.status());
        assertNull(response.headers().first("Location"));
    }

    @Test
    void aSubclassMayComputeTheTarget() {
        RedirectView view = new RedirectView(null, null) {
            @Override
            protected String target(Request request) {
                return "/to/" + request.query("to");
            }
        };
        assertEquals("/to/x", get(site("p/", view), "/p/?to=x").headers().first("Location"));
    }

    @ParameterizedTest(name = "{0} is redirected too")
    @CsvSource({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    void everyMethodIsRedirected(String method) {
        var response = site("old/", RedirectView.to("/new/").preserveMethod(true))
                .handle(Exchanges.exchange(method, "/old/", new byte[0]));
        assertEquals(307, response.status());
        assertEquals("/new/", response.headers().first("Location"));
    }

    @Test
    void badConfigurationIsRefusedWhenTheRoutesAreBuilt() {
        assertEquals("a redirect URL must not contain a line break",
                assertThrows(IllegalArgumentException.class, () -> RedirectView.to("/a\r\nSet-Cookie: x=1"))
                        .getMessage());
        assertEquals("a RedirectView goes to a URL or to a route, not both",
                assertThrows(IllegalArgumentException.class, () -> new RedirectView("/a", "b") {
                }).getMessage());
        assertThrows(NullPointerException.class, () -> RedirectView.to(null));
        assertThrows(NullPointerException.class, () -> RedirectView.toRoute(null));
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("plain-text_1.0~", "plain-text_1.0~"),
                Arguments.of("a b", "a%20b"),
                Arguments.of("a/b", "a/b"),
                Arguments.of("?#%&=+;:@", "%3F%23%25%26%3D%2B%3B%3A%40"),
                Arguments.of("\r\n", "%0D%0A"),
                Arguments.of("\\", "%5C"),
                Arguments.of("é€😀", "%C3%A9%E2%82%AC%F0%9F%98%80"));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @MethodSource("encodings")
    void onlyUnreservedCharactersAndSlashStayAsTheyAre(String value, String encoded) {
        assertEquals(encoded, RedirectView.encode(value));
    }

    @Test
    void toStringSaysWhereAndHow() {
        assertEquals("RedirectView[/a/ 301]", RedirectView.to("/a/").permanent(true).toString());
        assertEquals("RedirectView[route blog:post 302]", RedirectView.toRoute("blog:post").toString());
    }
}
