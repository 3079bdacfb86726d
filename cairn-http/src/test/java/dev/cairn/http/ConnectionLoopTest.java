package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * A server's read loop in miniature: pipelined requests with Content-Length and chunked bodies arrive in reads of
 * random sizes into a buffer that is compacted and grown between reads, and each request comes out whole.
 */
class ConnectionLoopTest {
    private static final String WIRE = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"
            + "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
            + "PUT /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "3;x=y\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nTrailer-One: 1\r\n\r\n"
            + "\r\nPATCH /d HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n"
            + "DELETE /e HTTP/1.0\r\n\r\n";
    private static final List<String> EXPECTED = List.of("GET /a []", "POST /b [hello]",
            "PUT /c [abc0123456789abcdef] Trailer-One: 1\n", "PATCH /d [z]", "DELETE /e []");

    @RepeatedTest(200)
    void requestsArriveWholeWhateverTheReadSizes(RepetitionInfo repetition) throws HttpException {
        assertEquals(EXPECTED, serve(new Random(repetition.getCurrentRepetition())));
    }

    private static List<String> serve(Random random) throws HttpException {
        byte[] wire = WIRE.getBytes(StandardCharsets.ISO_8859_1);
        Connection c = new Connection(wire, random);
        RequestHeadParser parser = new RequestHeadParser(HttpLimits.DEFAULT);
        ChunkedDecoder decoder = new ChunkedDecoder(HttpLimits.DEFAULT);
        List<String> seen = new ArrayList<>();
        while (c.read() || c.start < c.end) {
            RequestHead head;
            while ((head = parser.parse(c.buf, c.start, c.end)) == null) {
                if (!c.read()) {
                    return seen;
                }
            }
            c.start += parser.headLength();
            parser.reset();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String trailers = "";
            if (head.chunked()) {
                decoder.reset();
                while (!decoder.isComplete()) {
                    int reached = decoder.decode(c.buf, c.start, c.end, 1 + c.random.nextInt(8));
                    body.write(c.buf, decoder.dataStart(), decoder.dataLength());
                    c.start = reached;
                    if (reached == c.end && decoder.dataLength() == 0 && !decoder.isComplete()) {
                        c.read();
                    }
                }
                trailers = " " + decoder.trailers();
            } else {
                while (c.end - c.start < head.contentLength()) {
                    c.read();
                }
                body.write(c.buf, c.start, (int) head.contentLength());
                c.start += (int) head.contentLength();
            }
            seen.add(head.method() + " " + head.target() + " [" + body.toString(StandardCharsets.ISO_8859_1) + "]"
                    + (trailers.isBlank() ? "" : trailers));
            if (!head.keepAlive()) {
                break;
            }
        }
        return seen;
    }

    /** The socket and the buffer: each read compacts what is unparsed to the front, grows, and adds 1–7 bytes. */
    private static final class Connection {
        final byte[] wire;
        final Random random;
        byte[] buf = new byte[4];
        int start;
        int end;
        int sent;

        Connection(byte[] wire, Random random) {
            this.wire = wire;
            this.random = random;
        }

        boolean read() {
            if (sent == wire.length) {
                return false;
            }
            int n = Math.min(wire.length - sent, 1 + random.nextInt(7));
            byte[] next = new byte[Math.max(buf.length, end - start + n)];
            System.arraycopy(buf, start, next, 0, end - start);
            end -= start;
            start = 0;
            buf = next;
            System.arraycopy(wire, sent, buf, end, n);
            end += n;
            sent += n;
            return true;
        }
    }
}
