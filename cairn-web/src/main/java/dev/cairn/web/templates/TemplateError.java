package dev.cairn.web.templates;

import java.util.OptionalInt;

/**
 * Reports a template that could not be found, parsed or rendered, with the template's name and the line at fault
 * so that the debug page can show the source around it.
 *
 * <p>
 * The message reads {@code blog/post.html line 7: Unexpected end of template}, or {@code blog/post.html: ...} when
 * no line is known (a missing template). The name is that of the template holding the fault, which for an error in
 * an included or parent template is not the name that was rendered.
 */
public final class TemplateError extends RuntimeException {

    private final String templateName;
    private final int line;

    /**
     * Creates an error for a template and line.
     *
     * @param templateName the template holding the fault
     * @param line the 1-based line, or 0 when unknown
     * @param detail what went wrong, without the name and line
     * @param cause the underlying exception, or {@code null}
     */
    public TemplateError(String templateName, int line, String detail, Throwable cause) {
        super(templateName + (line > 0 ? " line " + line : "") + ": " + detail, cause);
        this.templateName = templateName;
        this.line = line;
    }

    /**
     * Returns the name of the template holding the fault.
     *
     * @return the template name as it is looked up, e.g. {@code blog/post.html}
     */
    public String templateName() {
        return templateName;
    }

    /**
     * Returns the 1-based line at fault, if known.
     *
     * @return the line, or empty for a missing template
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
