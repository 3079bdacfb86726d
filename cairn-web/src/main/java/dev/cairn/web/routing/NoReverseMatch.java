package dev.cairn.web.routing;

/**
 * A name and arguments that no route can be reversed with: an unknown name, the wrong number of arguments, or a
 * value its converter cannot write. The message says which and, for an unknown name, lists close names.
 */
public final class NoReverseMatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what did not fit. */
    NoReverseMatch(String message) {
        super(message);
    }
}
