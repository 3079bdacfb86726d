package dev.cairn.web;

/**
 * A request whose {@code Host} is malformed or not among {@code ALLOWED_HOSTS}: answered with 400 and a logged
 * warning, never trusted to build a URL (which is how password-reset links get poisoned).
 */
public final class DisallowedHost extends HttpError {

    private static final long serialVersionUID = 1L;

    /** A refusal whose message says what to add to {@code ALLOWED_HOSTS}, if anything may be added. */
    public DisallowedHost(String message) {
        super(400, message);
    }
}
