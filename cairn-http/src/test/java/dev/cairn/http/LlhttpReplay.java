package dev.cairn.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Replays one llhttp request case the way a Cairn server frames a connection: a head, then its body by
 * Content-Length or chunked coding, then the next head, until the bytes run out, a head says the connection
 * closes, a request upgrades, or something is rejected.
 */
final class LlhttpReplay {
    private static final byte[] HOST = "Host: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private LlhttpReplay() {}

    /** One row of {@code requests-java.tsv}. */
    record Case(String id, String type, String strictOutcome, int completeMessages, boolean serverApplicable,
            byte[] raw, List<String> methods, List<String> urls, List<String> bodies) {
        @Override
        public String toString() {
            return id + " (" + strictOutcome + ")";
        }
    }

    /** What Cairn made of a case: the complete messages, and the error that stopped it, if any. */
    record Result(List<String> methods, List<String> urls, List<String> bodies, HttpException error) {}

    static List<Case> load() throws IOException {
        try (InputStream in = LlhttpReplay.class.getResourceAsStream("/llhttp/requests-java.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Case> cases = new ArrayList<>();
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                String[] f = line.split("\t", -1);
                int n = Integer.parseInt(f[3]);
                cases.add(new Case(f[0], f[1], f[2], n, f[5].equals("true"), Base64.getDecoder().decode(f[6]),
                        list(f[7], n, false), list(f[8], n, true), list(f[9], n, true)));
            }
            return cases;
        }
    }

    private static List<String> list(String field, int n, boolean base64) {
        if (n == 0) {
            return List.of();
        }
        return Arrays.stream(field.split(",", -1)).map(s -> base64
                ? new String(Base64.getDecoder().decode(s), StandardCharsets.ISO_8859_1)
                : s).toList();
    }

    /** Replays the case, offering the parsers {@code step} more bytes each time they need more. */
    static Result replay(Case c, boolean stopAfterHead, int step) {
        List<String> methods = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        byte[] b = c.raw();
        RequestHeadParser parser = new RequestHeadParser(HttpLimits.DEFAULT);
        int pos = 0;
        try {
            while (pos < b.length) {
                b = injectHost(b, pos);
                parser.reset();
                RequestHead head = null;
                for (int to = advance(pos, step, b.length); head == null; to = advance(to, step, b.length)) {
                    head = parser.parse(b, pos, to);
                    if (head == null && to == b.length) {
                        break;
                    }
                }
                if (head == null) {
                    break; // the rest is a valid start of a head that has not all arrived
                }
                pos += parser.headLength();
                Body body = stopAfterHead ? new Body("", 0) : body(head, b, pos, step);
                if (body == null) {
                    break; // the body has not all arrived
                }
                methods.add(head.method());
                urls.add(head.target());
                bodies.add(body.text());
                if (stopAfterHead || !head.keepAlive()) {
                    break;
                }
                pos += body.wireLength();
            }
            return new Result(methods, urls, bodies, null);
        } catch (HttpException e) {
            return new Result(methods, urls, bodies, e);
        }
    }

    /** A decoded body, and how many bytes it took on the wire. */
    private record Body(String text, int wireLength) {}

    private static Body body(RequestHead head, byte[] b, int pos, int step) throws HttpException {
        if (!head.chunked()) {
            if (pos + head.contentLength() > b.length) {
                return null;
            }
            int length = (int) head.contentLength();
            return new Body(new String(b, pos, length, StandardCharsets.ISO_8859_1), length);
        }
        ChunkedDecoder decoder = new ChunkedDecoder(HttpLimits.DEFAULT);
        StringBuilder data = new StringBuilder();
        int at = pos;
        int end = advance(pos, step, b.length);
        while (!decoder.isComplete()) {
            at = decoder.decode(b, at, end, 7);
            data.append(new String(b, decoder.dataStart(), decoder.dataLength(), StandardCharsets.ISO_8859_1));
            if (at == end && decoder.dataLength() == 0 && !decoder.isComplete()) {
                if (end == b.length) {
                    return null;
                }
                end = advance(end, step, b.length);
            }
        }
        return new Body(data.toString(), at - pos);
    }

    /**
     * Adds {@code Host: 127.0.0.1} after the request line that starts at {@code pos} (after any empty lines) when
     * its head has no Host line, as {@code send_cases.py --inject-host} does: RFC 9112 §3.2 makes a server reject
     * an HTTP/1.1 request without one, and most llhttp cases have none.
     */
    static byte[] injectHost(byte[] b, int pos) {
        int start = pos;
        while (start + 1 < b.length && b[start] == '\r' && b[start + 1] == '\n') {
            start += 2;
        }
        int lineEnd = indexOf(b, start, '\n');
        if (lineEnd < 0) {
            return b;
        }
        for (int line = lineEnd + 1; line < b.length;) {
            int next = indexOf(b, line, '\n');
            int end = next < 0 ? b.length : next;
            String text = new String(b, line, end - line, StandardCharsets.ISO_8859_1);
            if (text.isEmpty() || text.equals("\r")) {
                break;
            }
            if (text.regionMatches(true, 0, "host:", 0, 5)) {
                return b;
            }
            if (next < 0) {
                break;
            }
            line = next + 1;
        }
        byte[] out = new byte[b.length + HOST.length];
        System.arraycopy(b, 0, out, 0, lineEnd + 1);
        System.arraycopy(HOST, 0, out, lineEnd + 1, HOST.length);
        System.arraycopy(b, lineEnd + 1, out, lineEnd + 1 + HOST.length, b.length - lineEnd - 1);
        return out;
    }

    private static int advance(int index, int step, int length) {
        return (int) Math.min(length, (long) index + step);
    }

    private static int indexOf(byte[] b, int from, char c) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
