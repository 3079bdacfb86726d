package dev.cairn.web.forms;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Syntax checks for email addresses and http(s) URLs, after Django's EmailValidator and URLValidator. */
final class Addresses {
    /** RFC 5321 limits a path to 256 octets; Django allows 320 characters for the whole address. */
    private static final int MAX_EMAIL = 320;
    private static final int MAX_URL = 2048;
    /** RFC 5322 dot-atom: atext runs separated by single dots. */
    private static final Pattern LOCAL = Pattern
            .compile("[-!#$%&'*+/=?^_`{}|~0-9A-Za-z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Za-z]+)*");
    /** Labels of letters, digits and inner hyphens, then a top-level label of two or more characters. */
    private static final Pattern HOST = Pattern
            .compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}(?<!-)");
    private static final Pattern IPV4 = Pattern
            .compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private Addresses() {}

    static boolean isEmail(String value) {
        int at = value.lastIndexOf('@');
        if (value.length() > MAX_EMAIL || at <= 0 || at == value.length() - 1) {
            return false;
        }
        String domain = value.substring(at + 1);
        return LOCAL.matcher(value.substring(0, at)).matches()
                && (domain.equalsIgnoreCase("localhost") || isHostName(domain) || isBracketedIp(domain));
    }

    static boolean isHttpUrl(String value) {
        if (value.length() > MAX_URL || value.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = uri.getRawAuthority();
        if (!scheme.equals("http") && !scheme.equals("https") || authority == null) {
            return false;
        }
        String host = hostOf(authority);
        return host.equalsIgnoreCase("localhost") || isHostName(host) || IPV4.matcher(host).matches()
                || isBracketedIp(host);
    }

    /** The host of {@code user:pass@host:port}, brackets kept for IPv6. */
    private static String hostOf(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && colon > host.lastIndexOf(']')) {
            String port = host.substring(colon + 1);
            if (!port.chars().allMatch(Character::isDigit) || port.length() > 5) {
                return "";
            }
            host = host.substring(0, colon);
        }
        return host;
    }

    /** A DNS name, international names checked in their ASCII (punycode) form. */
    private static boolean isHostName(String host) {
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            return ascii.length() <= 253 && HOST.matcher(ascii).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code [192.0.2.1]} or {@code [2001:db8::1]}. */
    private static boolean isBracketedIp(String host) {
        if (host.length() < 3 || host.charAt(0) != '[' || host.charAt(host.length() - 1) != ']') {
            return false;
        }
        String ip = host.substring(1, host.length() - 1);
        return IPV4.matcher(ip).matches() || ip.contains(":") && ip.chars().allMatch(c -> c == ':' || c == '.'
                || Character.digit(c, 16) >= 0 && c < 128);
    }
}
