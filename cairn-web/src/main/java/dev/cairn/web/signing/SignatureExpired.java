package dev.cairn.web.signing;

/** A timestamped signed value that verifies but is older than the age allowed. */
public final class SignatureExpired extends BadSignature {

    private static final long serialVersionUID = 1L;

    /** A failure with a message giving the age and the limit. */
    public SignatureExpired(String message) {
        super(message);
    }
}
