package dev.cairn.web.signing;

/** A signed value that does not verify: it was changed, signed with another key or salt, or never signed. */
public class BadSignature extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with a message that says which check failed; it never contains the value. */
    public BadSignature(String message) {
        super(message);
    }
}
