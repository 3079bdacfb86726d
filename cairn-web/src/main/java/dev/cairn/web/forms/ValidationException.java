package dev.cairn.web.forms;

import java.util.List;

/**
 * Thrown by a field, a {@link Validator} or {@link Form#clean()} when input is invalid, carrying one or more messages
 * for the user.
 *
 * <p>
 * Messages are plain text: a message may quote what the user typed ("Select a valid choice. X is not one of the
 * available choices."), so whatever shows it as HTML must escape it, as templates and {@link Form#asHtml()} do. The
 * exception records no stack trace, because it is an answer to the user, not a fault in the code.
 */
public final class ValidationException extends RuntimeException {
    private final List<String> messages;

    /** An error with one message. */
    public ValidationException(String message) {
        this(List.of(message));
    }

    /** An error with these messages, in order; there must be at least one. */
    public ValidationException(List<String> messages) {
        super(String.join(" ", messages), null, false, false);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A ValidationException needs at least one message");
        }
        this.messages = List.copyOf(messages);
    }

    /** The messages, in order. */
    public List<String> messages() {
        return messages;
    }
}
