package dev.cairn.http.internal;

import dev.cairn.http.HttpException;
import dev.cairn.http.HttpVersion;

/**
 * Checks the parts of a complete request line once its octets are known to be well-formed tokens: the version
 * (RFC 9112 §2.3), the method Cairn serves, and the form of the request-target (RFC 9112 §3.2).
 */
public final class RequestLineRules {
    /** The message for a version that is not {@code HTTP/DIGIT.DIGIT}. */
    public static final String MALFORMED_VERSION = "Malformed HTTP version";
    private static final String UNSUPPORTED_VERSION = "HTTP version not supported";
    private static final String CONNECT = "CONNECT is not supported";
    private static final String ASTERISK_NOT_OPTIONS = "Asterisk-form request target is only allowed for OPTIONS";
    private static final String INVALID_TARGET = "Invalid request target form";
    private static final String USERINFO = "Userinfo in request target";

    private RequestLineRules() {}

    /**
     * The version spelled by {@code buf[off, off + len)}: 400 unless it is {@code HTTP/DIGIT.DIGIT}, 505 unless
     * it is 1.0 or 1.1.
     */
    public static HttpVersion version(byte[] buf, int off, int len) throws HttpException {
        if (len != 8 || buf[off] != 'H' || buf[off + 1] != 'T' || buf[off + 2] != 'T' || buf[off + 3] != 'P'
                || buf[off + 4] != '/' || !isDigit(buf[off + 5]) || buf[off + 6] != '.' || !isDigit(buf[off + 7])) {
            throw new HttpException(400, MALFORMED_VERSION);
        }
        if (buf[off + 5] == '1' && buf[off + 7] == '1') {
            return HttpVersion.HTTP_1_1;
        }
        if (buf[off + 5] == '1' && buf[off + 7] == '0') {
            return HttpVersion.HTTP_1_0;
        }
        throw new HttpException(505, UNSUPPORTED_VERSION);
    }

    /**
     * Checks the method and the target's form: CONNECT (authority-form) is 501, {@code *} is for OPTIONS only,
     * and any other target must be origin-form ({@code /path?query}) or an http(s) absolute-form with a host
     * and no userinfo.
     */
    public static void checkTarget(String method, byte[] buf, int off, int len) throws HttpException {
        if (method.equals("CONNECT")) {
            throw new HttpException(501, CONNECT); // a tunnel is a proxy's job, not an origin server's
        }
        byte first = buf[off];
        if (first == '/') {
            return;
        }
        if (first == '*' && len == 1) {
            if (!method.equals("OPTIONS")) {
                throw new HttpException(400, ASTERISK_NOT_OPTIONS); // RFC 9112 §3.2.4
            }
            return;
        }
        int authority = schemeEnd(buf, off, len);
        // RFC 9110 §4.2.1: an http(s) URI with an empty host is invalid and must be rejected.
        if (authority < 0 || authority == off + len || buf[authority] == '/' || buf[authority] == '?'
                || buf[authority] == '#') {
            throw new HttpException(400, INVALID_TARGET);
        }
        // RFC 9110 §4.2.4: userinfo in an http(s) URI from an untrusted source is to be treated as an error; it
        // is deprecated, and a staple of phishing (http://bank.example@evil.example/).
        for (int i = authority; i < off + len && buf[i] != '/' && buf[i] != '?' && buf[i] != '#'; i++) {
            if (buf[i] == '@') {
                throw new HttpException(400, USERINFO);
            }
        }
    }

    /** The index just past {@code http://} or {@code https://} (any case, RFC 3986 §3.1), or -1. */
    private static int schemeEnd(byte[] buf, int off, int len) {
        if (len < 7 || (buf[off] | 0x20) != 'h' || (buf[off + 1] | 0x20) != 't' || (buf[off + 2] | 0x20) != 't'
                || (buf[off + 3] | 0x20) != 'p') {
            return -1;
        }
        int i = off + 4;
        if ((buf[i] | 0x20) == 's') {
            i++;
        }
        if (off + len - i < 3 || buf[i] != ':' || buf[i + 1] != '/' || buf[i + 2] != '/') {
            return -1;
        }
        return i + 3;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
