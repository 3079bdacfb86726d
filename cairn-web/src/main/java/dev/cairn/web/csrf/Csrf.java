package dev.cairn.web.csrf;

import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.templates.ContextProcessor;
import dev.cairn.web.templates.SafeHtml;
import java.util.Map;
import java.util.Objects;

/**
 * What views and templates use of the CSRF protection that {@link CsrfMiddleware} gives every unsafe request.
 *
 * <p>
 * In templates, through {@link #contextProcessor()} (every site's templates have it):
 * <ul>
 * <li>{@code {{ csrf_input }}} inside a {@code <form method="post">}: the hidden field
 * {@code <input type="hidden" name="csrfmiddlewaretoken" value="...">};</li>
 * <li>{@code <body {{ csrf_htmx }}>}: {@code hx-headers='{"X-CSRFToken": "..."}'}, so that every htmx request
 * from the page sends the token in the header;</li>
 * <li>{@code {{ csrf_token }}}: the token itself, for JavaScript's {@code fetch}.</li>
 * </ul>
 * Each prints a token masked for this response, and printing one is what sets the CSRF cookie. A fragment
 * ({@code renderBlock}) counts as printing what its whole template prints, since Pebble evaluates the whole template
 * to find the block.
 */
public final class Csrf {

    /** The form field the token is read from, Django's name. */
    public static final String FORM_FIELD = "csrfmiddlewaretoken";

    /** The request attribute {@link CsrfMiddleware} keeps the request's secret and token under. */
    static final String STATE = "cairn.csrf";
    /** The request attribute a refused request's {@link CsrfRejected} is kept under, for the failure view. */
    static final String REJECTION = "cairn.csrf.rejected";

    private Csrf() {}

    /**
     * The token for this response: the client's secret masked with a fresh mask (64 characters), made once per
     * request. The secret is made if the client has none and saved on the way out.
     *
     * @throws IllegalStateException when no {@link CsrfMiddleware} handles the request
     */
    public static String token(Request request) {
        return state(request).token();
    }

    /** Whether a {@link CsrfMiddleware} handles the request, so that {@link #token} and {@link #rotate} answer. */
    public static boolean handles(Request request) {
        return request.attribute(STATE) instanceof CsrfState;
    }

    /**
     * Gives the client a new secret, so that tokens in pages it loaded before no longer verify: call it at login,
     * as Django's {@code rotate_token}, so a token an attacker planted before login is worthless after.
     *
     * @throws IllegalStateException when no {@link CsrfMiddleware} handles the request
     */
    public static void rotate(Request request) {
        state(request).rotate();
    }

    /**
     * The same view, exempt from the CSRF check (Django's {@code csrf_exempt}); for a view class, the
     * {@link CsrfExempt} annotation does the same. Wrap outermost, around any other wrapper, since the check looks
     * at the view the route holds.
     */
    public static View exempt(View view) {
        return new Exempt(Objects.requireNonNull(view, "view"));
    }

    /** Whether a view is exempt: made by {@link #exempt(View)}, or of a class annotated {@link CsrfExempt}. */
    public static boolean isExempt(View view) {
        return view instanceof Exempt || view.getClass().isAnnotationPresent(CsrfExempt.class);
    }

    /** Why the CSRF check refused this request, for a failure view; null when it did not. */
    public static CsrfRejected rejection(Request request) {
        return request.attribute(REJECTION) instanceof CsrfRejected rejected ? rejected : null;
    }

    /**
     * Gives every template {@code csrf_token}, {@code csrf_input} and {@code csrf_htmx}, each made only when
     * printed; empty strings when no {@link CsrfMiddleware} handles the request.
     */
    public static ContextProcessor contextProcessor() {
        return request -> {
            CsrfState state = request instanceof Request r && r.attribute(STATE) instanceof CsrfState s ? s : null;
            if (state == null) {
                return Map.of("csrf_token", "", "csrf_input", "", "csrf_htmx", "");
            }
            return Map.of(
                    "csrf_token", SafeHtml.lazy(state::token),
                    "csrf_input", SafeHtml.lazy(() -> "<input type=\"hidden\" name=\"" + FORM_FIELD + "\" value=\""
                            + state.token() + "\">"),
                    // The header name is letters, digits and hyphens and the token alphanumeric: no quoting needed.
                    "csrf_htmx", SafeHtml.lazy(() -> "hx-headers='{\"" + state.headerName() + "\": \""
                            + state.token() + "\"}'"));
        };
    }

    private static CsrfState state(Request request) {
        if (request.attribute(STATE) instanceof CsrfState state) {
            return state;
        }
        throw new IllegalStateException("No CSRF token without CsrfMiddleware: add it to the site's middleware "
                + "(Middlewares.defaults has it)");
    }

    /** A view marked exempt by {@link #exempt(View)}; it answers as the view it wraps. */
    private record Exempt(View view) implements View {
        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }
    }
}
