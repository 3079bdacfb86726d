package dev.cairn.web.routing;

import static dev.cairn.web.routing.Routes.include;
import static dev.cairn.web.routing.Routes.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void pathKeepsWhatItWasGiven() {
        Supplier<String> view = () -> "hi";
        Route<Supplier<String>> route = path("users/<int:pk>/", view, "user-detail");
        assertEquals("users/<int:pk>/", route.pattern());
        assertEquals(view, route.view());
        assertEquals("user-detail", route.name());
        assertEquals(Set.of(), route.acceptedMethods());
        assertEquals(List.of(), route.routes());
        assertNull(route.namespace());
        assertFalse(route.isInclude());
    }

    @Test
    void unnamedPathHasNoName() {
        assertNull(path("x/", "v").name());
    }

    @Test
    void methodsReturnsANewRoute() {
        Route<String> any = path("x/", "v", "x");
        Route<String> some = any.methods("GET", "POST");
        assertEquals(Set.of(), any.acceptedMethods());
        assertEquals(Set.of("GET", "POST"), some.acceptedMethods());
        assertEquals("x", some.name());
        assertEquals("v", some.view());
    }

    @Test
    void includeKeepsACopyOfItsRoutes() {
        List<Route<String>> routes = new ArrayList<>(List.of(path("a/", "v")));
        Route<String> include = include("blog/", routes, "blog");
        routes.add(path("b/", "w"));
        assertEquals(1, include.routes().size());
        assertTrue(include.isInclude());
        assertEquals("blog", include.namespace());
        assertNull(include.view());
    }

    @Test
    void nullsAreRefusedWhereTheyCannotMeanAnything() {
        assertThrows(NullPointerException.class, () -> path("x/", null));
        assertThrows(NullPointerException.class, () -> path("x/", null, "n"));
        assertThrows(NullPointerException.class, () -> path("x/", "v", null));
        assertThrows(NullPointerException.class, () -> path(null, "v"));
        assertThrows(NullPointerException.class, () -> include("x/", List.<Route<String>>of(), null));
    }

    @Test
    void toStringReadsLikeDjango() {
        assertEquals("<Route 'users/<int:pk>/' [name='user']>", path("users/<int:pk>/", "v", "user").toString());
        assertEquals("<Route 'x/' [GET]>", path("x/", "v").methods("GET").toString());
        assertEquals("<Include 'blog/' namespace=blog 1 routes>",
                include("blog/", List.of(path("a/", "v")), "blog").toString());
    }

    @Test
    void patternsListsFullPatternsInOrder() {
        Resolver<String> resolver = Resolver.<String>builder().routes(List.of(path("a/", "v"),
                include("b/", List.of(path("c/", "v"), include("d/", List.of(path("e/", "v"))))), path("f/", "v")))
                .build();
        assertEquals(List.of("a/", "b/c/", "b/d/e/", "f/"), resolver.patterns());
    }

    @Test
    void anEmptyTableFindsNothing() throws Exception {
        Resolver<String> resolver = Resolver.<String>builder().build();
        assertEquals(new Resolution.NotFound<String>(List.of()), resolver.resolve("GET", "/"));
    }
}
