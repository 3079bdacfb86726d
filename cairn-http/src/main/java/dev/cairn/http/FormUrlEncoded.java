package dev.cairn.http;

import dev.cairn.http.internal.Ascii;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Parses and writes {@code application/x-www-form-urlencoded} (WHATWG URL standard §5), the format of HTML form
 * bodies and of URL query strings: {@code a=1&b=2&a=3&flag&=x}.
 *
 * <p>
 * Parsing follows the WHATWG algorithm: split on {@code &}; skip empty pieces; split each piece at its first
 * {@code =}, so {@code flag} is the name {@code flag} with the value {@code ""} and {@code =x} is the empty name
 * with the value {@code x}; replace {@code +} with a space; percent-decode ({@link PercentCodec}). It differs in
 * one place: invalid UTF-8 is answered 400 rather than replaced with U+FFFD, so a value is never silently changed.
 * The result keeps every pair in order ({@link Params}).
 *
 * <p>
 * Limits, each answered with the status a server sends as it is:
 * <ul>
 * <li>more than {@code maxFields} pairs → 413 {@code Too many form fields}. 413 rather than 400, because the
 * request is well-formed and only exceeds what this server accepts; the same choice as {@link MultipartParser}'s
 * part count. The default, 1000, is Django's {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}.</li>
 * <li>a body longer than {@code maxBytes} → 413 {@code Form body too large}; the default is 2.5 MiB, Django's
 * {@code DATA_UPLOAD_MAX_MEMORY_SIZE}, because the whole body is held in memory to parse it.</li>
 * </ul>
 */
public final class FormUrlEncoded {
    /** The most pairs the parsers without a {@code maxFields} argument accept. */
    public static final int DEFAULT_MAX_FIELDS = 1000;
    /** The longest body {@link #read(InputStream)} accepts. */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024 / 2;

    private FormUrlEncoded() {}

    /**
     * Parses a query string (without its {@code ?}) or a form body held as text, in UTF-8, with the default limit.
     *
     * @throws HttpException 400 for bad percent-encoding or UTF-8; 413 for more than 1000 fields
     */
    public static Params parse(String text) throws HttpException {
        return parse(text, StandardCharsets.UTF_8, DEFAULT_MAX_FIELDS);
    }

    /**
     * Parses a query string or form body held as text, decoding escapes in this charset.
     *
     * @throws HttpException 400 for bad percent-encoding or text; 413 for more than {@code maxFields} fields
     */
    public static Params parse(String text, Charset charset, int maxFields) throws HttpException {
        Params.Builder out = Params.builder();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int amp = text.indexOf('&', start);
            int end = amp < 0 ? n : amp;
            if (end > start) {
                checkCount(out, maxFields);
                int eq = Ascii.indexOf(text, '=', start, end);
                String name = PercentCodec.decode(text, start, eq, true, charset);
                String value = eq == end ? "" : PercentCodec.decode(text, eq + 1, end, true, charset);
                out.add(name, value);
            }
            start = end + 1;
        }
        return out.build();
    }

    /**
     * Parses a form body from its bytes, decoding in this charset (usually UTF-8; the {@code charset} parameter of
     * the Content-Type when there is one).
     *
     * @throws HttpException 400 for bad percent-encoding or text; 413 for more than {@code maxFields} fields
     */
    public static Params parse(byte[] body, Charset charset, int maxFields) throws HttpException {
        Params.Builder out = Params.builder();
        int start = 0;
        int n = body.length;
        while (start < n) {
            int end = indexOf(body, (byte) '&', start, n);
            if (end > start) {
                checkCount(out, maxFields);
                int eq = indexOf(body, (byte) '=', start, end);
                String name = PercentCodec.decode(body, start, eq, true, charset);
                String value = eq == end ? "" : PercentCodec.decode(body, eq + 1, end, true, charset);
                out.add(name, value);
            }
            start = end + 1;
        }
        return out.build();
    }

    /**
     * Reads and parses a UTF-8 form body with the default limits. Reads to the end of the stream, which the caller
     * bounds to the request's body; does not close it.
     *
     * @throws HttpException 400 for bad percent-encoding or UTF-8; 413 for too many fields or bytes
     * @throws IOException   if reading fails
     */
    public static Params read(InputStream body) throws IOException, HttpException {
        return read(body, StandardCharsets.UTF_8, DEFAULT_MAX_FIELDS, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads and parses a form body of at most {@code maxBytes} bytes. Reads to the end of the stream, or one byte
     * past the limit, and does not close it.
     *
     * @throws HttpException 400 for bad percent-encoding or text; 413 for too many fields or bytes
     * @throws IOException   if reading fails
     */
    public static Params read(InputStream body, Charset charset, int maxFields, int maxBytes)
            throws IOException, HttpException {
        byte[] bytes = body.readNBytes(maxBytes < Integer.MAX_VALUE ? maxBytes + 1 : maxBytes);
        if (bytes.length > maxBytes) {
            throw new HttpException(413, "Form body too large");
        }
        return parse(bytes, charset, maxFields);
    }

    /** Writes pairs in UTF-8 as {@code a=1&b=x+y}, the inverse of {@link #parse(String)}. */
    public static String encode(Params params) {
        return encode(params, StandardCharsets.UTF_8);
    }

    /** Writes pairs as {@code a=1&b=x+y}, encoding chars in this ASCII-compatible charset. */
    public static String encode(Params params, Charset charset) {
        StringBuilder sb = new StringBuilder();
        for (Params.Param p : params) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(PercentCodec.encodeQueryComponent(p.name(), charset)).append('=')
                    .append(PercentCodec.encodeQueryComponent(p.value(), charset));
        }
        return sb.toString();
    }

    private static void checkCount(Params.Builder out, int maxFields) throws HttpException {
        if (out.size() >= maxFields) {
            throw new HttpException(413, "Too many form fields");
        }
    }

    /** The index of {@code b} in {@code bytes[from, to)}, or {@code to} when it is not there. */
    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return to;
    }
}
