package dev.cairn.web.csrf;

import java.util.Objects;

/**
 * Lets the in-process test client switch the CSRF check off, as Django's test {@code Client} does unless it is made
 * with {@code enforce_csrf_checks=True}: a test of a form then posts it without first fetching a token.
 *
 * <p>
 * The switch is a {@link ScopedValue} bound around the call into the application, never anything a request
 * carries: no header, cookie, attribute or address turns it on. A server reads requests on threads of its own, on
 * which the test's binding does not exist, so a request that came over a socket is checked even while a test holds
 * the switch on (a test over a real server proves it).
 */
public final class TestClientBypass {

    private static final ScopedValue<Boolean> CHECKS_OFF = ScopedValue.newInstance();

    private TestClientBypass() {}

    /**
     * Runs {@code op} (the test client's call into the application) with the CSRF check off for requests handled
     * on this thread while it runs.
     *
     * @throws X whatever {@code op} throws
     */
    public static <R, X extends Throwable> R withoutChecks(ScopedValue.CallableOp<? extends R, X> op) throws X {
        return ScopedValue.where(CHECKS_OFF, Boolean.TRUE).call(Objects.requireNonNull(op, "op"));
    }

    /** Whether the current thread runs inside {@link #withoutChecks}. */
    static boolean active() {
        return CHECKS_OFF.orElse(Boolean.FALSE);
    }
}
