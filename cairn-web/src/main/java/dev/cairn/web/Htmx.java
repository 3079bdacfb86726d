package dev.cairn.web;

/**
 * What htmx says about a request through its {@code HX-*} headers (htmx.org/reference/#request_headers).
 *
 * @param request        {@code HX-Request: true}: htmx sent it, so a fragment may be answered
 * @param boosted        {@code HX-Boosted}: a boosted link or form, which expects a whole page
 * @param target         {@code HX-Target}: the id of the element to be swapped, or null
 * @param trigger        {@code HX-Trigger}: the id of the element that triggered it, or null
 * @param triggerName    {@code HX-Trigger-Name}: the name of that element, or null
 * @param currentUrl     {@code HX-Current-URL}: the browser's URL, or null
 * @param historyRestore {@code HX-History-Restore-Request}: a history restore after a cache miss
 * @param prompt         {@code HX-Prompt}: the user's answer to an {@code hx-prompt}, or null
 */
public record Htmx(boolean request, boolean boosted, String target, String trigger, String triggerName,
        String currentUrl, boolean historyRestore, String prompt) {

    static Htmx from(dev.cairn.http.Headers headers) {
        return new Htmx("true".equals(headers.first("HX-Request")), "true".equals(headers.first("HX-Boosted")),
                headers.first("HX-Target"), headers.first("HX-Trigger"), headers.first("HX-Trigger-Name"),
                headers.first("HX-Current-URL"), "true".equals(headers.first("HX-History-Restore-Request")),
                headers.first("HX-Prompt"));
    }

    /** Whether a fragment is the right answer: htmx asked, and not for a whole boosted page. */
    public boolean wantsFragment() {
        return request && !boosted && !historyRestore;
    }
}
