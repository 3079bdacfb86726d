package dev.cairn.web.messages;

import dev.cairn.web.Request;
import dev.cairn.web.templates.ContextProcessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One-time messages for the user, shown on the next page they see: Django's {@code django.contrib.messages}.
 *
 * <pre>{@code
 * Messages.success(request, "Thank you for signing.");
 * return Response.seeOther(request.reverse("guestbook"));
 * }</pre>
 *
 * and in the base template, through {@link #contextProcessor()}:
 *
 * <pre>{@code
 * {% for message in messages %}<p class="{{ message.tags }}">{{ message }}</p>{% endfor %}
 * }</pre>
 *
 * <p>
 * Listing them marks them read; messages nobody listed wait for the next page, across redirects, in a signed
 * cookie or the session ({@link MessagesMiddleware}). A fragment ({@code renderBlock}) evaluates its whole template
 * to find its block, so a base template that lists messages reads them in a fragment too: list them where
 * fragments are not rendered from, or in a block of their own.
 */
public final class Messages {

    /** The request attribute {@link MessagesMiddleware} keeps the request's messages under. */
    static final String ATTRIBUTE = "cairn.messages";

    private Messages() {}

    /**
     * Adds a message for the user, unless its level is below {@code MESSAGE_LEVEL}.
     *
     * @return whether it was kept
     * @throws IllegalStateException when no {@link MessagesMiddleware} handles the request
     */
    public static boolean add(Request request, Level level, String text) {
        return add(request, level, text, "");
    }

    /**
     * Adds a message with extra tags ({@code "sticky"}) put before the level's in {@code message.tags}.
     *
     * @return whether it was kept
     * @throws IllegalStateException when no {@link MessagesMiddleware} handles the request
     */
    public static boolean add(Request request, Level level, String text, String extraTags) {
        if (request.attribute(ATTRIBUTE) instanceof RequestMessages messages) {
            return messages.add(level, text, extraTags);
        }
        throw new IllegalStateException("Messages.add needs MessagesMiddleware: add it to the site's middleware "
                + "(Middlewares.defaults has it)");
    }

    /** Adds a {@link Level#DEBUG} message (dropped unless {@code MESSAGE_LEVEL} is DEBUG). */
    public static boolean debug(Request request, String text) {
        return add(request, Level.DEBUG, text);
    }

    /** Adds an {@link Level#INFO} message. */
    public static boolean info(Request request, String text) {
        return add(request, Level.INFO, text);
    }

    /** Adds a {@link Level#SUCCESS} message. */
    public static boolean success(Request request, String text) {
        return add(request, Level.SUCCESS, text);
    }

    /** Adds a {@link Level#WARNING} message. */
    public static boolean warning(Request request, String text) {
        return add(request, Level.WARNING, text);
    }

    /** Adds an {@link Level#ERROR} message. */
    public static boolean error(Request request, String text) {
        return add(request, Level.ERROR, text);
    }

    /**
     * The request's messages (Django's {@code get_messages}): iterating them marks them read. Empty when no
     * {@link MessagesMiddleware} handles the request.
     */
    public static Collection<Message> of(Request request) {
        return request.attribute(ATTRIBUTE) instanceof RequestMessages messages ? messages : List.of();
    }

    /**
     * Gives every template {@code messages} (the request's, read when listed) and {@code message_levels} (each
     * level by name, for {@code {% if message.level == message_levels.ERROR %}}).
     */
    public static ContextProcessor contextProcessor() {
        Map<String, Level> levels = new LinkedHashMap<>();
        Arrays.stream(Level.values()).forEach(level -> levels.put(level.name(), level));
        Map<String, Level> byName = Map.copyOf(levels);
        return request -> Map.of("messages", request instanceof Request r ? of(r) : List.of(), "message_levels",
                byName);
    }
}
