package dev.cairn.server.internal;

import java.io.IOException;

/**
 * A request body read that failed because of the client: malformed chunked framing (400), a body past the
 * limit (413), a body that stopped coming (408) or ended early (400). It is an {@link IOException} so an
 * application sees it where it expects read errors; the server sees its {@link #status()} and, if the
 * application has not answered yet, answers that status and closes the connection.
 */
public final class BodyException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /** A failure to answer with {@code status}; the message is Cairn's own, safe to send. */
    public BodyException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The status the server answers with. */
    public int status() {
        return status;
    }
}
