package dev.cairn.web.errors;

import java.util.List;
import java.util.Map;

/**
 * Writes the error pages' HTML: one escaping function, and a builder whose text-taking methods all escape, so
 * that nothing a client sent (a path, a header, a query value) or an exception said can become markup.
 *
 * <p>
 * Only the builder's fixed tags and {@link #raw(String)} (for HTML built here) are written as they are.
 */
final class Html {

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#222}
            header{background:#fde8e8;padding:12px 24px;border-bottom:1px solid #e5b7b7}
            section{padding:8px 24px}h1{font-size:20px;margin:4px 0}h2{font-size:16px;margin:16px 0 6px}
            table{border-collapse:collapse;margin:4px 0}th,td{text-align:left;vertical-align:top;padding:2px 8px;
            border-bottom:1px solid #eee;font-family:ui-monospace,monospace;font-size:12px}
            pre{margin:0;font-family:ui-monospace,monospace;font-size:12px}.frame{margin:6px 0}
            ol.source{margin:2px 0 8px;background:#f6f6f6;padding-left:56px}ol.source li{white-space:pre}
            ol.source li.here{background:#ffe4a8}.note{background:#f2f2f2;padding:12px 24px;color:#555}
            """;

    private final StringBuilder out = new StringBuilder(4 * 1024);

    private Html() {}

    /**
     * Escapes text for an HTML element or a quoted attribute: {@code & < > " '} become character references
     * (OWASP's rule #1). A null becomes the empty string.
     */
    static String escape(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder escaped = null;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (escaped != null) {
                escaped.append(entity != null ? entity : s.charAt(i));
            }
        }
        return escaped == null ? s : escaped.toString();
    }

    /** Starts a page: the doctype, the escaped title and the shared style; the body is open. */
    static Html page(String title) {
        Html html = new Html();
        html.out.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"robots\" content=\"noindex\"><title>").append(escape(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        return html;
    }

    /** Starts a piece of a page, to be added to one with {@link #raw(String)} once it is whole. */
    static Html fragment() {
        return new Html();
    }

    /** Writes an element holding escaped text: {@code <p>text</p>}. */
    Html element(String tag, Object text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** Opens a tag with an optional class, e.g. {@code open("section", null)}. */
    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    /** Closes a tag. */
    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** Writes escaped text. */
    Html text(Object text) {
        out.append(escape(text));
        return this;
    }

    /** Writes HTML made by this class's callers from escaped parts. */
    Html raw(String html) {
        out.append(html);
        return this;
    }

    /** Writes a list, each item escaped. */
    Html list(String tag, List<?> items) {
        open(tag, null);
        for (Object item : items) {
            element("li", item);
        }
        return close(tag);
    }

    /** Writes a two-column table of names and values, or a line saying there are none. */
    Html table(Map<String, ?> rows, String empty) {
        if (rows.isEmpty()) {
            return element("p", empty);
        }
        open("table", null);
        rows.forEach((name, value) -> row(List.of(name, String.valueOf(value))));
        return close("table");
    }

    /** Writes one table row, each cell escaped; the first cell is a header cell. */
    Html row(List<?> cells) {
        out.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            String cell = i == 0 ? "th" : "td";
            out.append('<').append(cell).append('>').append(escape(cells.get(i))).append("</").append(cell)
                    .append('>');
        }
        out.append("</tr>\n");
        return this;
    }

    /** The HTML written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    /** Closes the body and the document and returns the page. */
    String finish() {
        return out.append("</body></html>\n").toString();
    }
}
