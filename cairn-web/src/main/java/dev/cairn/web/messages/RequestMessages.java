package dev.cairn.web.messages;

import dev.cairn.journey.Journey;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * One request's messages: those waiting from earlier requests and those added now, as Django's message storage.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>the waiting messages are loaded from the store when first looked at (size, emptiness, iteration);</li>
 * <li>{@link #add} queues a new one, unless it is below {@code MESSAGE_LEVEL};</li>
 * <li>iterating marks every message so far read: a template that lists them has shown them;</li>
 * <li>on the way out ({@link MessagesMiddleware}), read messages are forgotten and the rest (unread waiting ones,
 * and those added after the listing) saved; a request that neither read nor added any leaves the store
 * alone.</li>
 * </ol>
 * Each step is recorded in the journey.
 */
public final class RequestMessages extends AbstractCollection<Message> {

    private final MessageStore store;
    private final Request request;
    private final int minimum;
    private final List<Message> added = new ArrayList<>(2);
    private List<Message> waiting;
    private boolean read;

    RequestMessages(MessageStore store, Request request, int minimum) {
        this.store = store;
        this.request = request;
        this.minimum = minimum;
    }

    /**
     * Queues a message for the user, unless its level is below {@code MESSAGE_LEVEL}.
     *
     * @return whether it was queued
     */
    public boolean add(Level level, String text, String extraTags) {
        Message message = new Message(level, text, extraTags);
        boolean kept = level.value() >= minimum;
        if (kept) {
            added.add(message);
        }
        record(kept ? "message added" : "message dropped", "level", level.tag(), "text", abbreviated(text));
        return kept;
    }

    /**
     * The waiting messages, then the new ones; iterating marks them all read, so that only messages added after
     * are kept for the next page.
     */
    @Override
    public Iterator<Message> iterator() {
        List<Message> shown = waiting();
        shown.addAll(added);
        added.clear();
        if (!read) {
            read = true;
            record("messages shown", "count", shown.size(), "store", store.describe());
        }
        return Collections.unmodifiableList(new ArrayList<>(shown)).iterator();
    }

    /** How many messages there are, waiting and new; asking does not mark them read. */
    @Override
    public int size() {
        return waiting().size() + added.size();
    }

    /** Whether they were listed, and so are not kept for another page. */
    public boolean read() {
        return read;
    }

    /** Counts only, so that printing this (a debug page) neither loads nor reads the messages. */
    @Override
    public String toString() {
        return "RequestMessages[" + (waiting == null ? "not loaded" : waiting.size() + " waiting") + ", "
                + added.size() + " added" + (read ? ", read" : "") + "]";
    }

    /** Saves what is left for the next request, if anything changed. */
    void update(Response response) {
        if (!read && added.isEmpty()) {
            return;
        }
        List<Message> left = read ? added : all();
        store.save(request, response, left);
        record("messages saved", "count", left.size(), "store", store.describe());
    }

    private List<Message> all() {
        List<Message> all = new ArrayList<>(waiting());
        all.addAll(added);
        return all;
    }

    private List<Message> waiting() {
        if (waiting == null) {
            waiting = new ArrayList<>(store.load(request));
            if (!waiting.isEmpty()) {
                record("messages loaded", "count", waiting.size(), "store", store.describe());
            }
        }
        return waiting;
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static void record(String event, String key1, Object value1, String key2, Object value2) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", event, "name", MessagesMiddleware.NAME, key1, value1, key2, value2);
        }
    }
}
