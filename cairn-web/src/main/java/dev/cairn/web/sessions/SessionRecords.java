package dev.cairn.web.sessions;

import dev.cairn.journey.Journey;

/**
 * What sessions record on layer {@code session} of the request's journey: which store loaded which session and
 * what it found, keys moved and deleted, and what the way out did. Keys are shown by their first characters only
 * ({@link SessionKeys#redact}); data never is. With recording off each call costs a null check.
 */
final class SessionRecords {

    private static final String LAYER = "session";

    private SessionRecords() {}

    /** The store was read: {@code outcome} is found, new (no cookie), unknown, expired, tampered or unreadable. */
    static void loaded(SessionStore store, String key, String outcome, String detail) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, "loaded", "store", store.name(), "key", SessionKeys.redact(key), "outcome",
                    outcome, "detail", detail);
        }
    }

    /** The data moved to a new key and the old key was deleted. */
    static void cycled(SessionStore store, String from, String to) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, "cycled", "store", store.name(), "from", SessionKeys.redact(from), "to",
                    SessionKeys.redact(to));
        }
    }

    /** The data and the key were deleted. */
    static void flushed(SessionStore store, String key) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, "flushed", "store", store.name(), "key", SessionKeys.redact(key));
        }
    }

    /** The way out saved the session: under a new key ({@code created}) or its own. */
    static void saved(SessionStore store, String key, boolean created, long ageSeconds, boolean browserClose) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, "saved", "store", store.name(), "key", SessionKeys.redact(key), "created",
                    created, "age", ageSeconds, "browserClose", browserClose);
        }
    }

    /** The way out deleted an emptied session's data ({@code key}, or null) and its cookie (if one was sent). */
    static void deleted(SessionStore store, String key, boolean cookie) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, "deleted", "store", store.name(), "key", SessionKeys.redact(key), "cookie",
                    cookie);
        }
    }

    /** The way out left the store and the cookie as they were, and why. */
    static void unchanged(SessionStore store, String reason) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, "unchanged", "store", store.name(), "reason", reason);
        }
    }
}
