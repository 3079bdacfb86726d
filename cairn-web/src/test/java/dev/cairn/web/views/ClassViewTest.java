package dev.cairn.web.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cairn.web.Exchanges;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.Sites;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.errors.ErrorPages;
import dev.cairn.web.routing.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClassViewTest {

    /** Answers GET and POST, each with its own body. */
    static class Article extends ClassView {
        @Override
        protected Response get(Request request) {
            return Response.text("get article");
        }

        @Override
        protected Response post(Request request) {
            return Response.text("posted").status(201);
        }
    }

    /** Inherits GET and POST and adds DELETE: a subclass answers what any class below ClassView declares. */
    static class DeletableArticle extends Article {
        @Override
        protected Response delete(Request request) {
            return Response.of(204);
        }
    }

    /** Answers POST only. */
    static class Inbox extends ClassView {
        @Override
        protected Response post(Request request) {
            return Response.text("received");
        }
    }

    /** Answers every method it can, HEAD and OPTIONS its own way. */
    static class Everything extends ClassView {
        @Override
        protected Response get(Request request) {
            return Response.text("get");
        }

        @Override
        protected Response head(Request request) {
            return Response.of(200).header("X-Head", "own");
        }

        @Override
        protected Response post(Request request) {
            return Response.text("post");
        }

        @Override
        protected Response put(Request request) {
            return Response.text("put");
        }

        @Override
        protected Response patch(Request request) {
            return Response.text("patch");
        }

        @Override
        protected Response delete(Request request) {
            return Response.text("delete");
        }

        @Override
        protected Response options(Request request) {
            return Response.text("options");
        }
    }

    private static dev.cairn.gateway.Response send(View view, String method) {
        return Sites.app(Routes.path("thing/", view, "thing")).handle(Exchanges.exchange(method, "/thing/",
                new byte[0]));
    }

    static Stream<Arguments> articleMethods() {
        return Stream.of(
                Arguments.of("GET", 200, "get article", null),
                Arguments.of("HEAD", 200, "get article", null),
                Arguments.of("POST", 201, "posted", null),
                Arguments.of("OPTIONS", 200, "", "GET, HEAD, POST, OPTIONS"),
                Arguments.of("PUT", 405, null, "GET, HEAD, POST, OPTIONS"),
                Arguments.of("PATCH", 405, null, "GET, HEAD, POST, OPTIONS"),
                Arguments.of("DELETE", 405, null, "GET, HEAD, POST, OPTIONS"),
                Arguments.of("TRACE", 405, null, "GET, HEAD, POST, OPTIONS"),
                Arguments.of("PROPFIND", 405, null, "GET, HEAD, POST, OPTIONS"));
    }

    @ParameterizedTest(name = "{0} to a view with get and post is {1}")
    @MethodSource("articleMethods")
    void eachMethodGoesToItsHandlerAndTheRestAre405WithAllow(String method, int status, String body, String allow) {
        var response = send(new Article(), method);
        assertEquals(status, response.status());
        assertEquals(allow, response.headers().first("Allow"));
        if (body != null) {
            assertEquals(body, Exchanges.text(response));
        }
    }

    static Stream<Arguments> allowedByClass() {
        return Stream.of(
                Arguments.of(new Article(), List.of("GET", "HEAD", "POST", "OPTIONS")),
                Arguments.of(new DeletableArticle(), List.of("GET", "HEAD", "POST", "DELETE", "OPTIONS")),
                Arguments.of(new Inbox(), List.of("POST", "OPTIONS")),
                Arguments.of(new Everything(), List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")),
                Arguments.of(new ClassView() {
                }, List.of("OPTIONS")),
                Arguments.of(new ClassView() {
                    @Override
                    protected Response head(Request request) {
                        return Response.of(200);
                    }
                }, List.of("HEAD", "OPTIONS")));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("allowedByClass")
    void theAllowedMethodsAreTheDeclaredOverridesInAllowOrder(ClassView view, List<String> allowed) {
        assertEquals(allowed, List.copyOf(view.allowedMethods()));
    }

    @Test
    void theAllowedMethodsAreWorkedOutOncePerClass() {
        assertSame(new Article().allowedMethods(), new Article().allowedMethods());
        assertNotSame(new Article().allowedMethods(), new DeletableArticle().allowedMethods());
    }

    @Test
    void aViewWithoutGetAnswersGetAndHead405() {
        for (String method : List.of("GET", "HEAD", "PUT")) {
            var response = send(new Inbox(), method);
            assertEquals(405, response.status(), method);
            assertEquals("POST, OPTIONS", response.headers().first("Allow"), method);
        }
        assertEquals("received", Exchanges.text(send(new Inbox(), "POST")));
    }

    static Stream<Arguments> everythingMethods() {
        return Stream.of(
                Arguments.of("GET", "get"),
                Arguments.of("POST", "post"),
                Arguments.of("PUT", "put"),
                Arguments.of("PATCH", "patch"),
                Arguments.of("DELETE", "delete"),
                Arguments.of("OPTIONS", "options"));
    }

    @ParameterizedTest(name = "{0} reaches an overridden {1}")
    @MethodSource("everythingMethods")
    void everyOverriddenHandlerIsReached(String method, String body) {
        var response = send(new Everything(), method);
        assertEquals(200, response.status());
        assertEquals(body, Exchanges.text(response));
    }

    @Test
    void anOverriddenHeadIsUsedInsteadOfGet() {
        var response = send(new Everything(), "HEAD");
        assertEquals("own", response.headers().first("X-Head"));
        assertEquals("", Exchanges.text(response));
    }

    @Test
    void setupRunsBeforeEveryHandlerAndBefore405() {
        List<String> log = new ArrayList<>();
        ClassView view = new Article() {
            @Override
            protected void setup(Request request) {
                log.add("setup " + request.method());
            }
        };
        assertEquals(200, send(view, "GET").status());
        assertEquals(405, send(view, "PUT").status());
        assertEquals(List.of("setup GET", "setup PUT"), log);
    }

    @Test
    void setupCanRefuseTheRequest() {
        ClassView view = new Article() {
            @Override
            protected void setup(Request request) {
                if (request.query("id") == null) {
                    throw HttpError.notFound("no id");
                }
            }
        };
        assertEquals(404, send(view, "GET").status());
        assertEquals(404, send(view, "PUT").status());
    }

    /** Keeps what setup found in a field, as a view made per request may. */
    static class Greeting extends ClassView {
        static final AtomicInteger MADE = new AtomicInteger();
        private String name;

        Greeting() {
            MADE.incrementAndGet();
        }

        @Override
        protected void setup(Request request) {
            if (name != null) {
                throw new IllegalStateException("this instance served a request before");
            }
            name = request.kwarg("name", String.class);
        }

        @Override
        protected Response get(Request request) {
            return Response.text("hello " + name);
        }
    }

    @Test
    void perRequestMakesAFreshInstanceForEachRequest() {
        WebApp app = Sites.app(Routes.path("hi/<name>/", ClassView.perRequest(Greeting::new), "hi"));
        int before = Greeting.MADE.get();
        assertEquals("hello ada", Exchanges.text(app.handle(Exchanges.get("/hi/ada/"))));
        assertEquals("hello bob", Exchanges.text(app.handle(Exchanges.get("/hi/bob/"))));
        assertEquals(before + 2, Greeting.MADE.get());
    }

    @Test
    void aSharedInstanceIsServedAgainAndFailsWhenItKeepsState() {
        WebApp app = Sites.app(Routes.path("hi/<name>/", new Greeting(), "hi"));
        assertEquals(200, app.handle(Exchanges.get("/hi/ada/")).status());
        assertEquals(500, app.handle(Exchanges.get("/hi/bob/")).status());
    }

    @Test
    void aFactoryReturningNullIsA500() {
        assertEquals(500, send(ClassView.perRequest(() -> null), "GET").status());
    }

    @Test
    void the405IsTheSitesOwnPageWithAllow() {
        List<Set<String>> seen = new ArrayList<>();
        WebApp app = WebApp.builder().settings(Sites.settings().build())
                .errors(ErrorPages.builder().page(405, request -> {
                    ErrorPages.Failure failure = (ErrorPages.Failure) request.attribute(ErrorPages.FAILURE);
                    seen.add(failure.allowed());
                    return Response.text("not here");
                }).build())
                .routes(Routes.path("inbox/", new Inbox(), "inbox")).build();
        var response = app.handle(Exchanges.get("/inbox/"));
        assertEquals(405, response.status());
        assertEquals("not here", Exchanges.text(response));
        assertEquals("POST, OPTIONS", response.headers().first("Allow"));
        assertEquals(List.of(List.of("POST", "OPTIONS")), seen.stream().map(List::copyOf).toList());
    }

    @Test
    void optionsAnswersWithoutABody() {
        var response = send(new DeletableArticle(), "OPTIONS");
        assertEquals(200, response.status());
        assertEquals("GET, HEAD, POST, DELETE, OPTIONS", response.headers().first("Allow"));
        assertEquals("", Exchanges.text(response));
        assertNull(response.headers().first("Content-Type"));
    }
}
