package dev.cairn.web.middleware;

import dev.cairn.journey.Journey;

/**
 * Records what a built-in middleware decided, on layer {@code middleware} of the request's journey, with the
 * middleware's name as the first fact.
 *
 * <p>
 * Fixed arities rather than varargs, so that with recording off a call costs a null check and allocates nothing.
 */
final class Decision {

    private Decision() {}

    /** Records {@code event} by {@code middleware} with one fact. */
    static void record(String middleware, String event, String key, Object value) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", event, "name", middleware, key, value);
        }
    }

    /** Records {@code event} by {@code middleware} with two facts. */
    static void record(String middleware, String event, String key1, Object value1, String key2, Object value2) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", event, "name", middleware, key1, value1, key2, value2);
        }
    }
}
