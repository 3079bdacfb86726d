package dev.cairn.web.middleware;

/**
 * Content types a browser shows without running code in them: plain text, JSON, stylesheets and scripts (shown as
 * text when opened), images other than SVG, sound, video, fonts and downloads.
 *
 * <p>
 * A Content-Security-Policy governs a document that can run script or load subresources: HTML, XHTML, SVG, XML
 * (which a stylesheet can turn into any of those), and whatever a browser might take for one. Sent with an inert
 * type under {@code X-Content-Type-Options: nosniff}, the policy has nothing to govern, and framing is refused by
 * {@code X-Frame-Options} anyway. The list names what is inert rather than what is active, so that a type it does
 * not know keeps its policy.
 */
final class InertContent {

    private static final String[] EXACT = {"text/plain", "text/css", "text/csv", "text/javascript",
            "application/javascript", "application/json", "application/octet-stream", "application/wasm"};
    private static final String[] FAMILIES = {"image/", "audio/", "video/", "font/"};
    private static final String SVG = "image/svg+xml";

    private InertContent() {}

    /** Whether a response of this {@code Content-Type} (parameters allowed, null for none) is inert. */
    static boolean is(String contentType) {
        MediaType type = MediaType.of(contentType);
        if (type == null) {
            return false;
        }
        for (String exact : EXACT) {
            if (type.is(exact)) {
                return true;
            }
        }
        if (type.startsWith("application/") && type.endsWith("+json")) {
            return true;
        }
        for (String family : FAMILIES) {
            if (type.startsWith(family)) {
                return !type.is(SVG);
            }
        }
        return false;
    }
}
