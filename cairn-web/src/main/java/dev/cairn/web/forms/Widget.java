package dev.cairn.web.forms;

/** How a template draws a field's input; {@link #type()} is the HTML input type or element. */
public enum Widget {
    /** {@code <input type="text">}. */
    TEXT("text"),
    /** {@code <input type="password">}; a submitted password is never shown again. */
    PASSWORD("password"),
    /** {@code <input type="email">}. */
    EMAIL("email"),
    /** {@code <input type="url">}. */
    URL("url"),
    /** {@code <input type="number">}. */
    NUMBER("number"),
    /** {@code <input type="checkbox">}. */
    CHECKBOX("checkbox"),
    /** {@code <select>}. */
    SELECT("select"),
    /** {@code <select multiple>}. */
    SELECT_MULTIPLE("select multiple"),
    /** {@code <input type="date">}, which submits {@code yyyy-MM-dd}. */
    DATE("date"),
    /** {@code <input type="datetime-local">}, which submits {@code yyyy-MM-ddTHH:mm}. */
    DATETIME_LOCAL("datetime-local"),
    /** {@code <input type="file">}; a browser never lets a page fill it in. */
    FILE("file"),
    /** {@code <textarea>}. */
    TEXTAREA("textarea");

    private final String type;

    Widget(String type) {
        this.type = type;
    }

    /** The HTML input type or element: {@code text}, {@code select multiple}, {@code datetime-local}, … */
    public String type() {
        return type;
    }
}
