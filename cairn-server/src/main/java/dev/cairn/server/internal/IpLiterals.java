package dev.cairn.server.internal;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Strict IP address literals: parsed without a DNS lookup, and written in one canonical form.
 *
 * <p>
 * {@link InetAddress#ofLiteral} alone is too forgiving for addresses that come from configuration or from a proxy
 * header: it reads {@code 1.2.3} as {@code 1.2.0.3}, {@code 010.0.0.1} as {@code 10.0.0.1} where other parsers
 * read octal, and {@code [::1]} with its brackets. Here IPv4 is exactly four decimal octets without leading zeros
 * and IPv6 is RFC 4291 text without brackets or zone.
 */
public final class IpLiterals {
    private IpLiterals() {}

    /** The address written in {@code text}, or null when it is not a strict IPv4 or IPv6 literal. */
    public static InetAddress parse(String text) {
        if (text.isEmpty() || text.length() > 45) {
            return null;
        }
        if (text.indexOf(':') >= 0) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!(c == ':' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                    return null;
                }
            }
        } else if (!isDottedQuad(text)) {
            return null;
        }
        try {
            // IPv4-mapped IPv6 (::ffff:10.0.0.1) comes back as an Inet4Address, as the JDK reports such peers.
            return InetAddress.ofLiteral(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isDottedQuad(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < octet.length(); i++) {
                if (octet.charAt(i) < '0' || octet.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * The address as text: dotted-quad IPv4, or RFC 5952 IPv6 ({@code 2001:db8::1}: lower case, no leading zeros,
     * the longest run of two or more zero groups as {@code ::}), without a zone. The JDK's own
     * {@link InetAddress#getHostAddress()} writes {@code 0:0:0:0:0:0:0:1}.
     */
    public static String text(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }
}
