package dev.cairn.web.errors;

import java.util.List;

/**
 * An error that can say how to fix it: its debug page lists the advice under the message (the CSRF failure says
 * which check failed and what the form or the settings lack). Out of debug nothing of it is shown.
 */
public interface Explained {

    /** Paragraphs for the debug page, each a sentence or two of plain text (escaped when shown). */
    List<String> advice();
}
