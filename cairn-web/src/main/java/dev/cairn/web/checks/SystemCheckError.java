package dev.cairn.web.checks;

import java.util.List;

/**
 * Thrown when a site is built with a mistake it must not start with: the message lists every error and critical
 * finding, each with its id and how to fix it.
 */
public final class SystemCheckError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CheckMessage> messages;

    /** An error for these serious findings, in the order given. */
    public SystemCheckError(List<CheckMessage> messages) {
        super(text(messages));
        this.messages = List.copyOf(messages);
    }

    /** The findings that stopped the site. */
    public List<CheckMessage> messages() {
        return messages;
    }

    private static String text(List<CheckMessage> messages) {
        StringBuilder text = new StringBuilder("System check identified ").append(messages.size())
                .append(messages.size() == 1 ? " error" : " errors").append("; the site refuses to start:");
        for (CheckMessage message : messages) {
            text.append("\n\n").append(message);
        }
        return text.toString();
    }
}
