package dev.cairn.contrib.auth;

/**
 * Thrown by an {@link AuthenticationBackend} to refuse a login outright, so that no later backend is asked (Django's
 * {@code PermissionDenied} raised in {@code authenticate}).
 */
public final class PermissionDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A refusal, with why (for the journey and logs, not for the person logging in). */
    public PermissionDenied(String reason) {
        super(reason, null, false, false);
    }
}
