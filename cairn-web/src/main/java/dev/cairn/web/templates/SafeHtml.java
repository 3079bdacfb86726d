package dev.cairn.web.templates;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Markup that templates print as it is, without escaping: for HTML the framework builds itself from values it
 * controls (the CSRF hidden input), never for text that came from a user.
 *
 * <p>
 * It may be made lazily, when the template first prints it, so that a page that never prints it pays nothing and
 * changes nothing: the CSRF input sets the CSRF cookie only when a page shows it.
 */
public final class SafeHtml extends SafeString {

    private final Supplier<String> html;
    private String made;

    private SafeHtml(Supplier<String> html) {
        super("");
        this.html = html;
    }

    /** Markup already made. */
    public static SafeHtml of(String html) {
        Objects.requireNonNull(html, "html");
        return new SafeHtml(() -> html);
    }

    /** Markup made by {@code html} the first time it is printed, then kept. */
    public static SafeHtml lazy(Supplier<String> html) {
        return new SafeHtml(Objects.requireNonNull(html, "html"));
    }

    /** The markup, made on the first call. */
    @Override
    public String toString() {
        if (made == null) {
            made = Objects.requireNonNull(html.get(), "the markup supplier returned null");
        }
        return made;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
