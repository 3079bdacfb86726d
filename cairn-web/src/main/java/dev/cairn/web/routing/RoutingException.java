package dev.cairn.web.routing;

/**
 * A route table that cannot work as written, found when the {@link Resolver} is built: Django's
 * {@code ImproperlyConfigured}. The message starts with a stable check id ({@code routing.E001}) and says how to
 * fix the mistake.
 */
public final class RoutingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String checkId;

    /** Creates the exception for a check id such as {@code routing.E002} and the message that follows it. */
    RoutingException(String checkId, String message) {
        super(checkId + ": " + message);
        this.checkId = checkId;
    }

    /** The stable check id, such as {@code routing.E002}, for documentation and for silencing in tests. */
    public String checkId() {
        return checkId;
    }
}
