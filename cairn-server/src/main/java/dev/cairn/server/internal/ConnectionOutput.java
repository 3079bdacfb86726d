package dev.cairn.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The connection's one output buffer: responses are written into it as bytes and reach the socket only when
 * {@link #flush()} is called or it fills, so a pipeline of sixteen small responses leaves in one write.
 *
 * <p>
 * Lifecycle of a response head:
 * <ol>
 * <li>{@link #beginHead()} marks where the head starts. Until {@link #endHead()} the buffer grows rather than
 * flush, so the head stays whole in memory.</li>
 * <li>The head is written with {@link #write}, {@link #writeAscii}, {@link #writeField} and
 * {@link #writeDecimal}.</li>
 * <li>If the application gave a field that cannot be sent, {@link #rollbackHead()} forgets the head, as if it
 * was never written; otherwise {@link #endHead()} ends it and {@link #headText()} can show it.</li>
 * </ol>
 *
 * <p>
 * Not thread-safe: it belongs to the connection's thread.
 */
public final class ConnectionOutput {
    private static final int SIZE = 16 * 1024;

    private final OutputStream out;
    private byte[] buf = new byte[SIZE];
    private int count;
    private boolean inHead;
    private int headStart;
    private int headEnd;

    /** A buffer in front of {@code out}. */
    public ConnectionOutput(OutputStream out) {
        this.out = out;
    }

    /** Appends bytes; a run larger than the buffer goes straight to the stream after what is buffered. */
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - count) {
            if (inHead) {
                grow(len);
            } else {
                drain();
                if (len >= buf.length) {
                    out.write(b, off, len);
                    return;
                }
            }
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    /** Appends a whole array. */
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /** Appends text that is known to be ASCII (Cairn's own constants), a char to a byte. */
    public void writeAscii(String s) throws IOException {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[count++] = (byte) s.charAt(i);
        }
    }

    /**
     * Appends {@code name: value\r\n}, a char to a byte (ISO-8859-1), checking as it copies that the name is a
     * token-like run of visible ASCII without a colon and the value has no CR, LF or NUL and no char above 0xFF
     * (RFC 9110 §5.5): what the application gives is never allowed to split the head.
     *
     * @return false when the field cannot be sent; the head should then be rolled back
     */
    public boolean writeField(String name, String value) throws IOException {
        int nl = name.length();
        int vl = value.length();
        if (vl >= EncodedFields.MIN_VALUE_LENGTH) {
            byte[] line = EncodedFields.find(name, value);
            if (line != null) {
                write(line);
                return true;
            }
        }
        ensure(nl + vl + 4);
        byte[] b = buf;
        int p = count;
        for (int i = 0; i < nl; i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':') {
                return false;
            }
            b[p++] = (byte) c;
        }
        b[p++] = ':';
        b[p++] = ' ';
        for (int i = 0; i < vl; i++) {
            char c = value.charAt(i);
            if (c > 0xff || c == '\r' || c == '\n' || c == 0) {
                return false;
            }
            b[p++] = (byte) c;
        }
        b[p++] = '\r';
        b[p++] = '\n';
        if (nl == 0) {
            return false;
        }
        if (vl >= EncodedFields.MIN_VALUE_LENGTH) {
            EncodedFields.written(name, value, b, count, p);
        }
        count = p;
        return true;
    }

    /** Appends a non-negative number in decimal, without making a String. */
    public void writeDecimal(long n) throws IOException {
        ensure(20);
        if (n < 10) {
            buf[count++] = (byte) ('0' + n); // one digit needs no arithmetic
            return;
        }
        int digits = 1;
        for (long limit = 10; digits < 19 && n >= limit; limit *= 10) {
            digits++;
        }
        int p = count + digits;
        if (n <= Integer.MAX_VALUE) {
            for (int m = (int) n; m > 0; m /= 10) {
                buf[--p] = (byte) ('0' + m % 10); // int division, cheaper than long
            }
        } else {
            for (long m = n; m > 0; m /= 10) {
                buf[--p] = (byte) ('0' + (int) (m % 10));
            }
        }
        count += digits;
    }

    /** Marks the start of a response head; until {@link #endHead()} nothing is flushed. */
    public void beginHead() {
        inHead = true;
        headStart = count;
    }

    /** Ends the head begun by {@link #beginHead()}. */
    public void endHead() {
        inHead = false;
        headEnd = count;
    }

    /** Forgets the head begun by {@link #beginHead()}: the bytes written since leave the buffer. */
    public void rollbackHead() {
        inHead = false;
        count = headStart;
    }

    /** The last head ended, as ISO-8859-1 text; valid until the next flush. */
    public String headText() {
        return new String(buf, headStart, headEnd - headStart, StandardCharsets.ISO_8859_1);
    }

    /** Whether bytes wait in the buffer. */
    public boolean hasBuffered() {
        return count > 0;
    }

    /** Sends what is buffered to the stream and flushes it. */
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** The stream under the buffer, for bodies that go around it; flush first. */
    public OutputStream stream() {
        return out;
    }

    private void ensure(int n) throws IOException {
        if (n > buf.length - count) {
            if (inHead || n > buf.length) {
                grow(n);
            } else {
                drain();
            }
        }
    }

    private void grow(int n) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
    }

    private void drain() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0;
            headStart = 0;
            headEnd = 0;
            out.write(buf, 0, n);
        }
    }
}
