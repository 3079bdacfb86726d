package dev.cairn.web.csrf;

import dev.cairn.web.HttpError;
import dev.cairn.web.errors.Explained;
import java.util.List;

/**
 * A request refused by the CSRF check: answered 403, its reason shown on the debug page with what to fix, and
 * nothing of it out of debug. A failure view finds it with {@link Csrf#rejection(dev.cairn.web.Request)}.
 */
public final class CsrfRejected extends HttpError implements Explained {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient List<String> advice;

    CsrfRejected(Reason reason, String detail) {
        super(403, "CSRF verification failed. Request aborted. " + reason.message(detail));
        this.reason = reason.message(detail);
        this.advice = reason.advice();
    }

    /** Why the request was refused: {@code "CSRF token missing."}, {@code "Origin checking failed - ..."}. */
    public String reason() {
        return reason;
    }

    @Override
    public List<String> advice() {
        return advice;
    }
}
