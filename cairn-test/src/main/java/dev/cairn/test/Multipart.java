package dev.cairn.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A {@code multipart/form-data} form (RFC 7578) with fields and files, written the way browsers write one (HTML's
 * multipart/form-data encoding algorithm): names and file names in UTF-8, with {@code "}, CR and LF escaped as
 * {@code %22}, {@code %0D} and {@code %0A}.
 *
 * <pre>{@code
 * client.post("/upload/", Multipart.of()
 *         .field("title", "Holiday")
 *         .file("photo", "beach.jpg", "image/jpeg", bytes));
 * }</pre>
 *
 * <p>
 * Instances are immutable: {@link #field} and {@link #file} return a new form with the part added.
 */
public final class Multipart {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One part: a field has no file name and no content type. */
    private record Part(String name, String filename, String contentType, byte[] bytes) {}

    /**
     * A form written out.
     *
     * @param bytes       the body
     * @param contentType {@code multipart/form-data; boundary=...}
     */
    public record Body(byte[] bytes, String contentType) {}

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = parts;
    }

    /** An empty form. */
    public static Multipart of() {
        return new Multipart(List.of());
    }

    /** This form with a text field added. */
    public Multipart field(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value of " + name);
        return with(new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** This form with a file added. */
    public Multipart file(String name, String filename, String contentType, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filename, "filename of " + name);
        Objects.requireNonNull(contentType, "contentType of " + name);
        if (contentType.indexOf('\r') >= 0 || contentType.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("The content type of " + name + " must not contain a line break");
        }
        return with(new Part(name, filename, contentType, bytes.clone()));
    }

    /** Writes the form with a fresh random boundary that occurs in no part. */
    public Body encode() {
        String boundary;
        do {
            boundary = "----CairnFormBoundary" + HexFormat.of().formatHex(randomBytes());
        } while (occursInAPart(boundary));
        return encode(boundary);
    }

    /** Writes the form with this boundary. */
    Body encode(String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(escape(part.name())).append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(escape(part.filename())).append('"').append("\r\n")
                        .append("Content-Type: ").append(part.contentType());
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new Body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private Multipart with(Part part) {
        List<Part> more = new ArrayList<>(parts);
        more.add(part);
        return new Multipart(List.copyOf(more));
    }

    private boolean occursInAPart(String boundary) {
        // ISO-8859-1 maps each byte to one char, so a byte search is a string search.
        return parts.stream().anyMatch(p -> new String(p.bytes(), StandardCharsets.ISO_8859_1).contains(boundary));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** HTML's escaping of a name or file name inside the quoted Content-Disposition parameter. */
    private static String escape(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
