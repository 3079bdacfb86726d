package dev.cairn.http;

import java.nio.charset.StandardCharsets;

/** Feeds bytes to the sans-IO parsers the ways a server might, and describes what came out as one string. */
final class Wire {
    private Wire() {}

    /** The octets of a string whose chars are all below 256. */
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Parses a head fed whole and describes the outcome: {@code GET / HTTP/1.1 cl=0 keep-alive {Host: a}} for a
     * head (plus {@code 100-continue} when expected, and {@code len=N} when the head used N bytes other than all
     * of them), or {@code 400 Missing Host header} for an error, or {@code incomplete}.
     */
    static String whole(HttpLimits limits, String raw) {
        byte[] b = bytes(raw);
        RequestHeadParser p = new RequestHeadParser(limits);
        try {
            return describe(p.parse(b, 0, b.length), p.headLength(), b.length);
        } catch (HttpException e) {
            return describe(e);
        }
    }

    /** The same description, feeding one more byte per call and checking that no call scans past the head. */
    static String byteByByte(HttpLimits limits, String raw) {
        return Wire.fed(limits, raw).outcome();
    }

    /** The outcome of a byte-at-a-time feed, and how many bytes had been given when it was decided. */
    record Fed(String outcome, int bytesGiven) {}

    static Fed fed(HttpLimits limits, String raw) {
        byte[] b = bytes(raw);
        RequestHeadParser p = new RequestHeadParser(limits);
        for (int n = 1; n <= b.length; n++) {
            try {
                RequestHead head = p.parse(b, 0, n);
                if (head != null) {
                    if (p.headLength() != n) {
                        throw new AssertionError("the head ended at " + p.headLength() + " but was only seen at " + n);
                    }
                    return new Fed(describe(head, p.headLength(), b.length), n);
                }
            } catch (HttpException e) {
                return new Fed(describe(e), n);
            }
        }
        return new Fed("incomplete", b.length);
    }

    /** The same description, feeding the head in two calls split at {@code at}. */
    static String split(HttpLimits limits, String raw, int at) {
        byte[] b = bytes(raw);
        RequestHeadParser p = new RequestHeadParser(limits);
        try {
            RequestHead head = p.parse(b, 0, at);
            if (head == null) {
                head = p.parse(b, 0, b.length);
            }
            return describe(head, p.headLength(), b.length);
        } catch (HttpException e) {
            return describe(e);
        }
    }

    static String describe(HttpException e) {
        return e.status() + " " + e.getMessage();
    }

    static String describe(RequestHead head, int headLength, int available) {
        if (head == null) {
            return "incomplete";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(head.method()).append(' ').append(head.target()).append(' ').append(head.version().text());
        sb.append(" cl=").append(head.contentLength()).append(head.keepAlive() ? " keep-alive" : " close");
        if (head.expectContinue()) {
            sb.append(" 100-continue");
        }
        if (headLength != available) {
            sb.append(" len=").append(headLength);
        }
        sb.append(" {");
        Headers h = head.headers();
        for (int i = 0; i < h.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(h.name(i)).append(": ").append(h.value(i));
        }
        return sb.append('}').toString();
    }
}
