package dev.cairn.web.staticfiles;

/**
 * Thrown when a page asks for the URL of a static file that the loaded manifest does not list.
 *
 * <p>
 * In production this means the file was added (or renamed) after the last collectstatic, so the message says to run
 * it, as Django's {@code ValueError} does. Failing loudly beats linking to a file that will 404.
 */
public final class MissingStaticFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;

    /** Creates the exception for the logical name {@code name}. */
    public MissingStaticFileException(String name) {
        super("static file '" + name + "' is not in the manifest; run collectstatic");
        this.name = name;
    }

    /** Returns the logical name that was asked for. */
    public String name() {
        return name;
    }
}
