package dev.cairn.http.internal;

/**
 * Checks a Host field value against {@code uri-host [ ":" port ]} (RFC 9110 §7.2, RFC 3986 §3.2.2), which
 * RFC 9112 §3.2 requires a server to enforce with a 400.
 *
 * <p>
 * The check is on characters, not on meaning: it keeps spaces, slashes, quotes and control octets out of a value
 * that later code may put in a URL, a log line or a redirect, and leaves deciding which hosts are served to the
 * application's allowed-hosts setting.
 */
final class HostSyntax {
    private HostSyntax() {}

    /** Whether the value is empty, or a reg-name, IPv4 address or bracketed IP literal with an optional port. */
    static boolean isValid(String host) {
        int n = host.length();
        if (n == 0) {
            return true; // RFC 9110 §7.2: empty when the target URI has no authority
        }
        int i;
        if (host.charAt(0) == '[') {
            int close = host.indexOf(']');
            if (close < 2) {
                return false;
            }
            for (int k = 1; k < close; k++) {
                char c = host.charAt(k);
                // IP-literal = "[" ( IPv6address / IPvFuture ) "]": hex, dots and colons, or unreserved and sub-delims
                if (c == '%' || (c != ':' && !Ascii.isRegNameChar(c))) {
                    return false;
                }
            }
            i = close + 1;
        } else {
            i = 0;
            while (i < n && Ascii.isRegNameChar(host.charAt(i))) {
                i++;
            }
            if (i == 0) {
                return false;
            }
        }
        if (i == n) {
            return true;
        }
        if (host.charAt(i) != ':') {
            return false;
        }
        for (int k = i + 1; k < n; k++) {
            if (host.charAt(k) < '0' || host.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
