package dev.cairn.web.middleware;

import dev.cairn.journey.Journey;

/**
 * Records what a built-in middleware decided, on layer {@code middleware} of the request's journey, with the
 * middleware's name as the first fact.
 *
 * <p>
 * Fixed arities rather than varargs, and numbers boxed only once a journey is known to be recording, so that with
 * recording off a call costs a null check and allocates nothing.
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

    /** Records {@code event} by {@code middleware} with one number, boxed only when recording. */
    static void record(String middleware, String event, String key, long value) {
        if (Journey.current() != null) {
            record(middleware, event, key, (Object) value);
        }
    }

    /** Records {@code event} by {@code middleware} with two numbers, boxed only when recording. */
    static void record(String middleware, String event, String key1, long value1, String key2, long value2) {
        if (Journey.current() != null) {
            record(middleware, event, key1, (Object) value1, key2, (Object) value2);
        }
    }
}
