package dev.cairn.web.staticfiles;

import dev.cairn.http.PercentCodec;

import java.util.Objects;

/**
 * Turns a static file's logical name into the URL a page links to: Django's {@code {% static %}}.
 *
 * <p>
 * With a manifest (production, after {@link CollectStatic}) the URL names the content-hashed copy, so browsers can
 * cache it forever and a deploy changes it; a name missing from the manifest is an error rather than a broken
 * link. Without one (development) the URL is the prefix and the name as given, served straight from the sources.
 */
public final class StaticUrls {
    private final String prefix;
    private final Manifest manifest;

    private StaticUrls(String prefix, Manifest manifest) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("static URL prefix must end with '/', as in \"/static/\"");
        }
        this.prefix = prefix;
        this.manifest = manifest;
    }

    /** Returns URLs in development mode: {@code prefix} followed by the name, no manifest. */
    public static StaticUrls debug(String prefix) {
        return new StaticUrls(prefix, null);
    }

    /** Returns URLs naming the hashed copies listed in {@code manifest}, under {@code prefix}. */
    public static StaticUrls of(String prefix, Manifest manifest) {
        return new StaticUrls(prefix, Objects.requireNonNull(manifest, "manifest"));
    }

    /**
     * Returns the URL for {@code name}: {@code url("css/app.css")} is {@code /static/css/app.3f2a9c1e.css} with a
     * manifest, {@code /static/css/app.css} without. Characters a URL path cannot hold are percent-encoded.
     *
     * @throws MissingStaticFileException
     *             if a manifest is loaded and does not list {@code name}
     * @throws IllegalArgumentException
     *             if {@code name} could not be a static file ({@code ..}, absolute, and so on)
     */
    public String url(String name) {
        RelativePaths.require(name);
        String path = name;
        if (manifest != null) {
            path = manifest.hashedName(name).orElseThrow(() -> new MissingStaticFileException(name));
        }
        return prefix + encodePath(path);
    }

    /** Percent-encodes every byte outside RFC 3986's {@code pchar} set and {@code /}, as UTF-8. */
    static String encodePath(String path) {
        return PercentCodec.encodePath(path);
    }
}
