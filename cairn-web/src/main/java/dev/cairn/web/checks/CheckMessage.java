package dev.cairn.web.checks;

import java.util.Objects;

/**
 * One finding of a system check: how serious it is, its stable id, what is wrong, how to fix it, and what it
 * concerns. Django's {@code CheckMessage}.
 *
 * <p>
 * Its text reads {@code settings.E001: SECRET_KEY is not set while DEBUG is off.} followed, when there is a hint,
 * by a line {@code \tHINT: ...}; a message that concerns something names it first ({@code DEBUG: settings.E002: ...}).
 *
 * @param level    how serious it is
 * @param id       the stable id, {@code <area>.<letter><three digits>} as in {@code settings.E001}; the letter
 *                 follows the level's initial, so that the id alone says whether it stops a site
 * @param message  what is wrong, as a sentence
 * @param hint     how to fix it, or null
 * @param concerns the object it is about (a setting's name, a route), or null
 */
public record CheckMessage(Level level, String id, String message, String hint, Object concerns) {

    /** How serious a finding is, from least to most. */
    public enum Level {
        /** A detail worth knowing when looking closely. */
        DEBUG,
        /** Worth knowing, and harmless. */
        INFO,
        /** Likely a mistake; the site starts anyway. */
        WARNING,
        /** A mistake the site must not start with. */
        ERROR,
        /** A mistake so grave nothing else can be trusted. */
        CRITICAL
    }

    /** Checks that the level, id and message are given. */
    public CheckMessage {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a check message needs an id such as settings.E001");
        }
    }

    /** An {@link Level#ERROR}: the site refuses to start. */
    public static CheckMessage error(String id, String message, String hint) {
        return new CheckMessage(Level.ERROR, id, message, hint, null);
    }

    /** A {@link Level#WARNING}: logged when the site starts. */
    public static CheckMessage warning(String id, String message, String hint) {
        return new CheckMessage(Level.WARNING, id, message, hint, null);
    }

    /** An {@link Level#INFO}: logged when the site starts. */
    public static CheckMessage info(String id, String message, String hint) {
        return new CheckMessage(Level.INFO, id, message, hint, null);
    }

    /** The same message about an object (a setting's name, a route). */
    public CheckMessage concerning(Object object) {
        return new CheckMessage(level, id, message, hint, object);
    }

    /** Whether the site must not start with it: {@link Level#ERROR} or {@link Level#CRITICAL}. */
    public boolean isSerious() {
        return level.compareTo(Level.ERROR) >= 0;
    }

    @Override
    public String toString() {
        String text = (concerns == null ? "" : concerns + ": ") + id + ": " + message;
        return hint == null ? text : text + "\n\tHINT: " + hint;
    }
}
