package dev.cairn.web.forms;

import java.util.List;

/**
 * Draws a form as plain HTML for quick use, one {@code <div>} per field: label, errors, input, help. Every string is
 * escaped, because every one of them may hold what a user typed, error messages included.
 *
 * <pre>{@code
 * <div><label for="id_title">Title</label>
 * <ul class="errorlist"><li>This field is required.</li></ul>
 * <input type="text" name="title" id="id_title" value="" required></div>
 * }</pre>
 */
final class FormHtml {
    private FormHtml() {}

    static String render(List<String> nonFieldErrors, List<BoundField> fields) {
        StringBuilder html = new StringBuilder();
        errorList(html, "errorlist nonfield", nonFieldErrors);
        for (BoundField field : fields) {
            html.append("<div><label for=\"").append(escape(field.id())).append("\">");
            html.append(escape(field.label())).append("</label>\n");
            errorList(html, "errorlist", field.errors());
            input(html, field);
            if (!field.helpText().isEmpty()) {
                html.append("\n<div class=\"helptext\">").append(escape(field.helpText())).append("</div>");
            }
            html.append("</div>\n");
        }
        return html.toString();
    }

    /** Escapes the five characters that can end an element or an attribute value, as OWASP advises. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void errorList(StringBuilder html, String cssClass, List<String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        html.append("<ul class=\"").append(cssClass).append("\">");
        for (String error : errors) {
            html.append("<li>").append(escape(error)).append("</li>");
        }
        html.append("</ul>\n");
    }

    private static void input(StringBuilder html, BoundField field) {
        String attributes = " name=\"" + escape(field.name()) + "\" id=\"" + escape(field.id()) + "\""
                + (field.required() ? " required" : "");
        switch (field.widget()) {
            case SELECT, SELECT_MULTIPLE -> {
                html.append('<').append(escape(field.type())).append(attributes).append('>');
                for (BoundField.Option option : field.options()) {
                    html.append("<option value=\"").append(escape(option.value())).append('"')
                            .append(option.selected() ? " selected" : "").append('>')
                            .append(escape(option.label())).append("</option>");
                }
                html.append("</select>");
            }
            case TEXTAREA -> html.append("<textarea").append(attributes).append('>')
                    .append(escape(field.value())).append("</textarea>");
            case CHECKBOX -> html.append("<input type=\"checkbox\"").append(attributes)
                    .append(field.checked() ? " checked" : "").append('>');
            case FILE -> html.append("<input type=\"file\"").append(attributes).append('>');
            default -> html.append("<input type=\"").append(field.type()).append('"').append(attributes)
                    .append(" value=\"").append(escape(field.value())).append("\">");
        }
    }
}
