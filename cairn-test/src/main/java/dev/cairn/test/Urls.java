package dev.cairn.test;

import dev.cairn.http.FormUrlEncoded;
import dev.cairn.http.Params;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * The client's URLs: what a browser does to the address bar before a request goes out (percent-encodes what a URI
 * cannot hold, drops the fragment), how it resolves a {@code Location}, and how a form or query is encoded.
 */
final class Urls {

    /** RFC 3986 §2.2 and §2.3: the characters a URI holds as they are; everything else is percent-encoded. */
    private static final String URI_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~:/?#[]@!$&'()*+,;=";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Urls() {}

    /**
     * Resolves what a test asked for against the client's origin: a path ({@code /items/?page=2}) or an absolute
     * URL ({@code https://example.com/x}).
     *
     * @throws IllegalArgumentException for a relative path, which has nothing to be relative to
     */
    static URI absolute(String origin, String pathOrUrl) {
        String encoded = encode(pathOrUrl);
        URI uri = parse(encoded);
        if (uri.isAbsolute()) {
            return withoutFragment(uri);
        }
        if (!encoded.startsWith("/")) {
            throw new IllegalArgumentException("A request path starts with '/' (or is an absolute URL), not '"
                    + pathOrUrl + "'");
        }
        return withoutFragment(parse(origin + encoded));
    }

    /**
     * Resolves a {@code Location} against the URL that answered with it (RFC 9110 §10.2.2, RFC 3986 §5), as a
     * browser does.
     */
    static URI resolve(URI base, String location) {
        String encoded = encode(location.strip());
        if (encoded.startsWith("?")) {
            // java.net.URI follows RFC 2396 here and would drop the base's last segment; RFC 3986 keeps the path.
            return withoutFragment(parse(base.getScheme() + "://" + base.getRawAuthority() + path(base) + encoded));
        }
        return withoutFragment(base.resolve(parse(encoded)));
    }

    /** The request-target in origin-form (RFC 9112 §3.2.1): the path and the query. */
    static String target(URI uri) {
        return uri.getRawQuery() == null ? path(uri) : path(uri) + "?" + uri.getRawQuery();
    }

    /** The URL's path as sent, {@code /} when empty. */
    static String path(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The path with these fields added to its query, encoded as a browser encodes a GET form. */
    static String withQuery(String path, Map<String, ?> query) {
        String encoded = form(query);
        if (encoded.isEmpty()) {
            return path;
        }
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        return base + (base.indexOf('?') < 0 ? "?" : "&") + encoded;
    }

    /**
     * Fields as {@code application/x-www-form-urlencoded} (WHATWG URL §5.2): a value that is a {@link Collection}
     * or an array gives the name once per element, anything else its {@code String.valueOf}.
     *
     * @throws IllegalArgumentException for a null value, which a form cannot send
     */
    static String form(Map<String, ?> fields) {
        Params.Builder params = Params.builder();
        fields.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> params.add(name, text(name, v)));
            } else if (value instanceof Object[] values) {
                for (Object v : values) {
                    params.add(name, text(name, v));
                }
            } else {
                params.add(name, text(name, value));
            }
        });
        return FormUrlEncoded.encode(params.build());
    }

    private static String text(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("The value of '" + name + "' is null; leave the field out instead");
        }
        return String.valueOf(value);
    }

    /**
     * Percent-encodes, as UTF-8, each character a URI cannot hold (spaces, non-ASCII, {@code "<>\^`{|}}) and each
     * {@code %} that does not begin an escape; what is already a URI is unchanged.
     */
    static String encode(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = URI_CHARS.indexOf(c) >= 0 || (c == '%' && isEscape(s, i));
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                && Character.digit(s.charAt(i + 2), 16) >= 0;
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return parse(s.substring(0, s.indexOf('#')));
    }

    private static URI parse(String encoded) {
        try {
            return new URI(encoded);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + e.getMessage(), e);
        }
    }
}
