package dev.cairn.web.mail;

import java.io.Serial;

/**
 * Email could not be sent: the mail server could not be reached, refused the login or a recipient, or ended the
 * conversation. The message says which, with the server's reply code; it never holds a password.
 */
public final class MailException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int replyCode;

    /** A failure with the server's reply code, or 0 when there was no reply. */
    public MailException(String message, int replyCode, Throwable cause) {
        super(message, cause);
        this.replyCode = replyCode;
    }

    /** The SMTP reply code that ended the attempt, or 0 when the failure was not a reply (no connection, TLS). */
    public int replyCode() {
        return replyCode;
    }
}
