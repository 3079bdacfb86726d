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
 * <li>the layer's {@code handle} is called with the request's {@link Pass}, the chain to the rest;</li>
 * <li>it calls {@link Pass#proceed} at most once, while its {@code handle} runs; a second call throws, naming the
 * layer;</li>
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

    /** The most layers a stack may have: one bit each in a request's {@link Pass}. */
    static final int MAX_LAYERS = 64;

    private final Layer[] layers;
    private final WebApp app;

    Onion(List<Layer> layers, WebApp app) {
        if (layers.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("A site can have at most " + MAX_LAYERS + " middleware, not "
                    + layers.size() + "; combine some into one");
        }
        this.layers = layers.toArray(Layer[]::new);
        this.app = app;
    }

    /** Runs the request through every layer and the view; never throws what a layer or the view threw. */
    Response run(Request request) {
        if (layers.length == 0) {
            return view(request);
        }
        return new Pass(Journey.current()).enter(0, request);
    }

    /** The names of the layers, outermost first. */
    List<String> names() {
        List<String> names = new ArrayList<>(layers.length);
        for (Layer layer : layers) {
            names.add(layer.name());
        }
        return names;
    }

    /**
     * One layer's boundary: what it throws, or a null it returns, becomes an error response here. Written out
     * rather than through a lambda, since this runs for every layer of every request.
     */
    private Response layer(Layer layer, Request request, Pass pass) {
        Response response;
        try {
            response = layer.middleware().handle(request, pass);
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

    /**
     * One request's way through the onion, and the {@link Middleware.Chain} every layer is handed: one object
     * per request rather than one per layer. It knows which layer is running, since a layer passes the request on
     * while its {@code handle} runs, and keeps a bit per layer that has passed it on, which both refuses a second
     * {@code proceed} and tells the journey which layers answered by themselves.
     */
    private final class Pass implements Middleware.Chain {
        private final Journey journey;
        private final Headers[] innerHeaders;
        private int running;
        private long passedOn;

        Pass(Journey journey) {
            this.journey = journey;
            this.innerHeaders = journey == null ? null : new Headers[layers.length];
        }

        @Override
        public Response proceed(Request request) {
            int caller = running;
            long bit = 1L << caller;
            if ((passedOn & bit) != 0) {
                throw new IllegalStateException("Middleware '" + layers[caller].name() + "' called next.proceed() "
                        + "twice; a middleware passes a request on at most once");
            }
            passedOn |= bit;
            Response response;
            try {
                response = enter(caller + 1, Objects.requireNonNull(request, "request"));
            } finally {
                running = caller;
            }
            if (journey != null) {
                innerHeaders[caller] = response.headers();
            }
            return response;
        }

        private Response enter(int index, Request request) {
            if (index == layers.length) {
                return view(request);
            }
            running = index;
            Layer layer = layers[index];
            if (journey == null) {
                return layer(layer, request, this);
            }
            Map<String, Object> attributesBefore = new LinkedHashMap<>(request.attributes());
            journey.record("middleware", "in", "name", layer.name());
            long start = System.nanoTime();
            Response response = layer(layer, request, this);
            long micros = (System.nanoTime() - start) / 1000;
            journey.record("middleware", "out", "name", layer.name(), "micros", micros, "status", response.status(),
                    "shortCircuit", (passedOn & (1L << index)) == 0, "headers", changedHeaders(innerHeaders[index],
                            response.headers()),
                    "cookies", response.cookies().stream().map(c -> c.name()).toList(),
                    "attributes", changedAttributes(attributesBefore, request.attributes()));
            return response;
        }
    }
}
