package dev.cairn.http;

import dev.cairn.http.internal.Ascii;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The header section of one multipart/form-data part, read and checked (RFC 7578 §4.2, RFC 2046 §5.1.1): its
 * fields, and the form-data name and filename its {@code Content-Disposition} gives.
 *
 * @param name     the form field's name, from the {@code name} parameter
 * @param filename the file's name, from {@code filename*} when it is a valid RFC 8187 value, else {@code filename};
 *                 null for a part that is not a file
 * @param headers  every field of the part, as octets read as ISO-8859-1 like any {@link Headers}
 */
record PartHead(String name, String filename, Headers headers) {

    // > Content-Disposition: form-data; name="file"; filename="a.txt"
    // > Content-Type: text/plain
    /**
     * Reads the fields in {@code buf[from, to)}, the lines between the boundary line and the blank line, without
     * the final CRLF.
     *
     * @throws HttpException 400 for a malformed field line or a missing or nameless Content-Disposition
     */
    static PartHead parse(byte[] buf, int from, int to) throws HttpException {
        Headers.Builder headers = Headers.builder();
        int start = from;
        while (start < to) {
            int end = lineEnd(buf, start, to);
            headers.add(fieldName(buf, start, end), fieldValue(buf, start, end));
            start = end + 2;
        }
        Headers fields = headers.build();
        String disposition = fields.first("Content-Disposition");
        if (disposition == null) {
            throw new HttpException(400, "Multipart part without Content-Disposition");
        }
        Params params = HeaderParameters.parse(disposition);
        if (params == null) {
            throw new HttpException(400, "Malformed multipart Content-Disposition");
        }
        String name = params.first("name");
        if (!HeaderParameters.mainValue(disposition).equalsIgnoreCase("form-data") || name == null) {
            throw new HttpException(400, "Multipart part without a form-data name");
        }
        return new PartHead(utf8(name), filename(params), fields);
    }

    /** The index of the CRLF that ends the line at {@code start}, or {@code to}; a bare CR or LF is an error. */
    private static int lineEnd(byte[] buf, int start, int to) throws HttpException {
        for (int i = start; i < to; i++) {
            if (buf[i] == '\r' && i + 1 < to && buf[i + 1] == '\n') {
                return i;
            }
            if (buf[i] == '\r' || buf[i] == '\n') {
                throw new HttpException(400, "Malformed multipart part header");
            }
        }
        return to;
    }

    private static String fieldName(byte[] buf, int start, int end) throws HttpException {
        int colon = start;
        while (colon < end && Ascii.isTchar(buf[colon])) {
            colon++;
        }
        // No name, a folded continuation line (obs-fold) or whitespace before the colon (RFC 9112 §5.1)
        if (colon == start || colon == end || buf[colon] != ':') {
            throw new HttpException(400, "Malformed multipart part header");
        }
        return new String(buf, start, colon - start, StandardCharsets.ISO_8859_1);
    }

    private static String fieldValue(byte[] buf, int start, int end) throws HttpException {
        int from = start;
        while (buf[from] != ':') {
            from++;
        }
        from++;
        while (from < end && Ascii.isOws(buf[from])) {
            from++;
        }
        int to = end;
        while (to > from && Ascii.isOws(buf[to - 1])) {
            to--;
        }
        for (int i = from; i < to; i++) {
            int c = buf[i] & 0xFF;
            if (Ascii.isCtl(c) && c != '\t') {
                throw new HttpException(400, "Malformed multipart part header");
            }
        }
        return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** RFC 6266 §4.3: {@code filename*} wins over {@code filename} when a recipient can read it. */
    private static String filename(Params params) {
        String extended = params.first("filename*");
        String decoded = extended == null ? null : HeaderParameters.decodeExtValue(extended);
        if (decoded != null) {
            return decoded;
        }
        String plain = params.first("filename");
        return plain == null ? null : utf8(plain);
    }

    /**
     * Reads a parameter's octets as UTF-8, which browsers use for names and filenames (HTML's multipart/form-data
     * encoding algorithm), keeping them as ISO-8859-1 when they are not valid UTF-8.
     */
    private static String utf8(String octets) {
        byte[] bytes = octets.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return octets;
        }
    }
}
