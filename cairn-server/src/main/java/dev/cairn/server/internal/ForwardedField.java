package dev.cairn.server.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the value of the {@code Forwarded} field (RFC 7239 §4) into its elements, one per proxy, leftmost
 * (furthest from the server) first.
 *
 * <pre>
 * Forwarded         = 1#forwarded-element
 * forwarded-element = [ forwarded-pair ] *( ";" [ forwarded-pair ] )
 * forwarded-pair    = token "=" value
 * value             = token / quoted-string
 *
 * > Forwarded: for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711"
 * </pre>
 *
 * Parameter names are case-insensitive and come back in lower case; values come back unquoted. Empty list
 * elements are skipped (RFC 9110 §5.6.1). One leniency: an unquoted value may also hold {@code :}, {@code [}
 * and {@code ]}, since some proxies forget to quote an address with a port.
 */
final class ForwardedField {
    private final String s;
    private int at;

    private ForwardedField(String s) {
        this.s = s;
    }

    /**
     * The elements of a {@code Forwarded} value (several field lines joined with commas), each a map from
     * lower-case parameter name to value; null when the value is malformed anywhere, since a chain with a broken
     * link cannot be walked.
     */
    static List<Map<String, String>> parse(String value) {
        return new ForwardedField(value).elements();
    }

    private List<Map<String, String>> elements() {
        List<Map<String, String>> elements = new ArrayList<>();
        Map<String, String> element = new HashMap<>();
        while (true) {
            skipOws();
            if (at < s.length() && s.charAt(at) != ',' && s.charAt(at) != ';') {
                String name = token(false);
                if (name.isEmpty() || !consume('=')) {
                    return null;
                }
                String val = at < s.length() && s.charAt(at) == '"' ? quoted() : token(true);
                if (val == null || val.isEmpty() || element.put(name.toLowerCase(Locale.ROOT), val) != null) {
                    return null; // RFC 7239 §4: a parameter MUST NOT occur more than once per element
                }
                skipOws();
            }
            if (at == s.length() || s.charAt(at) == ',') {
                if (!element.isEmpty()) {
                    elements.add(element);
                    element = new HashMap<>();
                }
                if (at == s.length()) {
                    return elements;
                }
            } else if (s.charAt(at) != ';') {
                return null;
            }
            at++;
        }
    }

    private String token(boolean value) {
        int start = at;
        while (at < s.length() && (isTchar(s.charAt(at)) || value && isAddressChar(s.charAt(at)))) {
            at++;
        }
        return s.substring(start, at);
    }

    /** A quoted-string (RFC 9110 §5.6.4) without its quotes and escapes, or null if unterminated or invalid. */
    private String quoted() {
        StringBuilder sb = new StringBuilder();
        at++;
        while (at < s.length()) {
            char c = s.charAt(at++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                if (at == s.length()) {
                    return null;
                }
                c = s.charAt(at++);
            }
            if (c < 0x20 && c != '\t' || c == 0x7F) {
                return null;
            }
            sb.append(c);
        }
        return null;
    }

    private boolean consume(char c) {
        if (at < s.length() && s.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipOws() {
        while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t')) {
            at++;
        }
    }

    private static boolean isAddressChar(char c) {
        return c == ':' || c == '[' || c == ']';
    }

    /** RFC 9110 §5.6.2: {@code tchar}. */
    private static boolean isTchar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(
                c) >= 0;
    }
}
