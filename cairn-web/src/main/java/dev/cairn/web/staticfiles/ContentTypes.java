package dev.cairn.web.staticfiles;

import java.util.Locale;
import java.util.Map;

/**
 * Maps a file name's extension to the {@code Content-Type} to serve it with.
 *
 * <p>
 * The table is small on purpose: it covers what a web page loads, and everything else is
 * {@code application/octet-stream} so that a browser downloads it rather than guessing (guessing is how an uploaded
 * {@code .txt} turns into HTML). Text types say {@code charset=utf-8} because the sources are written in UTF-8.
 */
public final class ContentTypes {
    /** The type for an unknown extension: opaque bytes. */
    public static final String DEFAULT = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            // RFC 9239 makes text/javascript the one JavaScript type, for classic scripts and modules alike.
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            // Source maps are JSON (Source Map Revision 3).
            Map.entry("map", "application/json"),
            Map.entry("wasm", "application/wasm"));

    private ContentTypes() {}

    /** Returns the content type for {@code fileName} by its extension, ignoring case; {@link #DEFAULT} if unknown. */
    public static String of(String fileName) {
        int slash = fileName.lastIndexOf('/');
        int dot = fileName.lastIndexOf('.');
        if (dot <= slash + 1) {
            // No extension, or a dotfile such as ".htaccess" whose name is all extension.
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }
}
