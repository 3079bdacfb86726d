package dev.cairn.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Resolves a URI reference against a base URI as RFC 3986 §5.2 says, for {@link Request#absoluteUri(String)}.
 *
 * <p>
 * {@link URI#resolve(String)} follows RFC 2396, which differs where a page notices: {@code "?page=2"} loses the
 * last path segment, {@code ""} drops the query, and dot segments that climb above the root ({@code "/../g"}) are
 * kept. Those cases are done here; the rest is {@code URI}'s. Characters a URI cannot hold (a space, {@code |},
 * non-ASCII, a stray {@code %}) are percent-encoded first, so no reference makes resolution throw.
 */
final class UriReferences {

    private UriReferences() {}

    /**
     * Returns {@code reference} resolved against {@code base}; both are quoted first, the base's characters taken as
     * bytes in {@code baseCharset} (a request target arrives as ISO-8859-1), the reference's as UTF-8.
     */
    static String resolve(String base, Charset baseCharset, String reference) {
        URI baseUri = URI.create(quote(base, baseCharset));
        String ref = quote(reference, StandardCharsets.UTF_8);
        String withoutFragment = withoutFragment(baseUri.toString());
        if (ref.isEmpty()) {
            // §5.2.2: an empty reference is the base itself, query kept, fragment dropped.
            return withoutFragment;
        }
        if (ref.startsWith("?")) {
            // §5.2.2: a query-only reference keeps the whole base path.
            int query = withoutFragment.indexOf('?');
            return (query < 0 ? withoutFragment : withoutFragment.substring(0, query)) + ref;
        }
        URI resolved = baseUri.resolve(ref);
        if (resolved.isOpaque() || resolved.getRawPath() == null || resolved.getRawAuthority() == null) {
            return resolved.toString();
        }
        return resolved.getScheme() + "://" + resolved.getRawAuthority() + removeDotSegments(resolved.getRawPath())
                + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
    }

    /** RFC 3986 §5.2.4: removes {@code .} and {@code ..} segments, never climbing above the root. */
    static String removeDotSegments(String path) {
        StringBuilder out = new StringBuilder(path.length());
        String in = path;
        while (!in.isEmpty()) {
            if (in.startsWith("../") || in.startsWith("./")) {
                in = in.substring(in.indexOf('/') + 1);
            } else if (in.startsWith("/./") || in.equals("/.")) {
                in = "/" + in.substring(in.equals("/.") ? 2 : 3);
            } else if (in.startsWith("/../") || in.equals("/..")) {
                in = "/" + in.substring(in.equals("/..") ? 3 : 4);
                int last = out.lastIndexOf("/");
                out.setLength(Math.max(last, 0));
            } else if (in.equals(".") || in.equals("..")) {
                in = "";
            } else {
                int next = in.indexOf('/', in.startsWith("/") ? 1 : 0);
                String segment = next < 0 ? in : in.substring(0, next);
                out.append(segment);
                in = in.substring(segment.length());
            }
        }
        return out.toString();
    }

    /**
     * Percent-encodes every byte that may not stand in a URI reference (RFC 3986 §2): controls, space,
     * {@code " < > \ ^ ` { | }}, non-ASCII, and a {@code %} not followed by two hex digits.
     */
    static String quote(String text, Charset charset) {
        byte[] bytes = text.getBytes(charset);
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean escape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || c > 0x20 && c < 0x7f && "\"<>\\^`{|}%".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    private static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }
}
