package dev.cairn.web;

import dev.cairn.http.Headers;
import dev.cairn.journey.Journey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The middleware stack as it runs: each layer wraps the next, the innermost being the view's dispatch.
 *
 * <p>
 * Lifecycle of one layer for one request:
 * <ol>
 * <li>the layer's {@code handle} is called with a fresh {@link Link} to the rest;</li>
 * <li>it calls {@link Link#proceed} at most once; a second call throws, naming the layer;</li>
 * <li>whatever it throws becomes an error response here, at its own boundary, so the layers outside it still get
 * a response on their way out;</li>
 * <li>with a journey recording, its time, what it changed, and whether it answered without passing the request on
 * are recorded on layer {@code middleware}.</li>
 * </ol>
 */
final class Onion {

    /** A middleware and the name errors and the journey call it by. */
    record Layer(String name, Middleware middleware) {
        Layer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(middleware, "middleware");
        }
    }

    private final Layer[] layers;
    private final WebApp app;

    Onion(List<Layer> layers, WebApp app) {
        this.layers = layers.toArray(Layer[]::new);
        this.app = app;
    }

    /** Runs the request through every layer and the view; never throws what a layer or the view threw. */
    Response run(Request request) {
        return enter(0, request);
    }

    /** The names of the layers, outermost first. */
    List<String> names() {
        List<String> names = new ArrayList<>(layers.length);
        for (Layer layer : layers) {
            names.add(layer.name());
        }
        return names;
    }

    private Response enter(int index, Request request) {
        if (index == layers.length) {
            return view(request);
        }
        Layer layer = layers[index];
        Link next = new Link(index + 1, layer.name());
        Journey journey = Journey.current();
        if (journey == null) {
            return layer(layer, request, next);
        }
        Map<String, Object> attributesBefore = new LinkedHashMap<>(request.attributes());
        journey.record("middleware", "in", "name", layer.name());
        long start = System.nanoTime();
        Response response = layer(layer, request, next);
        long micros = (System.nanoTime() - start) / 1000;
        journey.record("middleware", "out", "name", layer.name(), "micros", micros, "status", response.status(),
                "shortCircuit", !next.called, "headers", changedHeaders(next.innerHeaders, response.headers()),
                "cookies", response.cookies().stream().map(c -> c.name()).toList(), "attributes",
                changedAttributes(attributesBefore, request.attributes()));
        return response;
    }

    /**
     * One layer's boundary: what it throws, or a null it returns, becomes an error response here. Written out
     * rather than through a lambda, since this runs for every layer of every request.
     */
    private Response layer(Layer layer, Request request, Link next) {
        Response response;
        try {
            response = layer.middleware().handle(request, next);
        } catch (Exception | AssertionError | StackOverflowError e) {
            return app.errors().respond(request, e);
        }
        return response != null ? response : returnedNull(request, layer.name());
    }

    /** The innermost boundary: the resolver and the view. */
    private Response view(Request request) {
        Response response;
        try {
            response = app.dispatch(request);
        } catch (Exception | AssertionError | StackOverflowError e) {
            return app.errors().respond(request, e);
        }
        return response != null ? response : returnedNull(request, "the view");
    }

    private Response returnedNull(Request request, String culprit) {
        return app.errors().respond(request, new IllegalStateException(culprit + " returned null instead of a "
                + "Response"));
    }

    /** Headers the layer added or changed on the way out, relative to what came back from inside it. */
    private static List<String> changedHeaders(Headers inner, Headers outer) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < outer.size(); i++) {
            String name = outer.name(i);
            if (inner == null || !outer.all(name).equals(inner.all(name))) {
                if (!changed.contains(name)) {
                    changed.add(name);
                }
            }
        }
        if (inner != null) {
            for (int i = 0; i < inner.size(); i++) {
                if (!outer.contains(inner.name(i)) && !changed.contains("-" + inner.name(i))) {
                    changed.add("-" + inner.name(i));
                }
            }
        }
        return changed;
    }

    private static List<String> changedAttributes(Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((name, value) -> {
            if (!before.containsKey(name) || before.get(name) != value) {
                changed.add(name);
            }
        });
        return changed;
    }

    /** The rest of the onion as one layer sees it; it passes the request on at most once. */
    private final class Link implements Middleware.Chain {
        private final int index;
        private final String caller;
        private boolean called;
        private Headers innerHeaders;

        Link(int index, String caller) {
            this.index = index;
            this.caller = caller;
        }

        @Override
        public Response proceed(Request request) {
            if (called) {
                throw new IllegalStateException("Middleware '" + caller + "' called next.proceed() twice; a "
                        + "middleware passes a request on at most once");
            }
            called = true;
            Response response = enter(index, Objects.requireNonNull(request, "request"));
            if (Journey.current() != null) {
                innerHeaders = response.headers();
            }
            return response;
        }
    }
}
