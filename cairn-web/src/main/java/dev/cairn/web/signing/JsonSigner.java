package dev.cairn.web.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.web.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Signs a JSON-able value into a string safe for cookies and URLs and reads it back, as Django's
 * {@code signing.dumps} and {@code signing.loads} do: the value is written as JSON, optionally compressed, encoded in
 * unpadded base64url and signed with a timestamp by a {@link Signer}, whose salt says what the value is for.
 *
 * <p>
 * The signed form is {@code payload:timestamp:signature}, where the payload is the base64url of the JSON, or
 * {@code .} followed by the base64url of the zlib-compressed JSON when compression was asked for and made it
 * shorter. Every character is a cookie-octet (RFC 6265 §4.1.1), so the result can be a cookie's value as it is.
 *
 * <p>
 * Reading checks the signature before anything else, so nothing a client changed is ever decompressed or parsed; a
 * value that does not verify raises {@link BadSignature}, one that is too old {@link SignatureExpired}.
 */
public final class JsonSigner {

    /** The most bytes a compressed payload may expand to: far more than a cookie holds, bounded all the same. */
    static final int MAX_EXPANDED = 1024 * 1024;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Signer signer;

    private JsonSigner(Signer signer) {
        this.signer = signer;
    }

    /** A JSON signer over a signer, whose key, fallback keys, salt and clock it uses. */
    public static JsonSigner of(Signer signer) {
        return new JsonSigner(Objects.requireNonNull(signer, "signer"));
    }

    /**
     * Signs a value as JSON with the current time, uncompressed.
     *
     * @throws IllegalArgumentException when the value cannot be written as JSON
     */
    public String dumps(Object value) {
        return dumps(value, false);
    }

    /**
     * Signs a value as JSON with the current time, compressed when {@code compress} and compression makes the
     * payload shorter.
     *
     * @throws IllegalArgumentException when the value cannot be written as JSON
     */
    public String dumps(Object value, boolean compress) {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot sign a " + (value == null
                    ? "null"
                    : value.getClass()
                            .getName())
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
        String payload = ENCODER.encodeToString(json);
        if (compress) {
            String compressed = "." + ENCODER.encodeToString(deflate(json));
            if (compressed.length() < payload.length()) {
                payload = compressed;
            }
        }
        return signer.signWithTimestamp(payload);
    }

    /**
     * Reads a value {@link #dumps} signed, if it is no older than {@code maxAge}.
     *
     * @throws SignatureExpired when it verifies but is older than {@code maxAge}
     * @throws BadSignature     when it does not verify, or verifies but holds no JSON (signed for another use
     *                          under the same salt)
     */
    public JsonNode loads(String signed, Duration maxAge) throws BadSignature {
        Objects.requireNonNull(maxAge, "maxAge");
        return decode(signer.unsignWithTimestamp(signed, maxAge));
    }

    /**
     * Reads a value {@link #dumps} signed into a type (a record, a map, a list).
     *
     * @throws SignatureExpired when it verifies but is older than {@code maxAge}
     * @throws BadSignature     when it does not verify, or its JSON does not fit the type
     */
    public <T> T loads(String signed, Duration maxAge, Class<T> type) throws BadSignature {
        JsonNode node = loads(signed, maxAge);
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadSignature("The signed JSON does not fit " + type.getSimpleName());
        }
    }

    /**
     * Reads a value {@link #dumps} signed and the time it was signed, leaving the age to the caller, for values
     * that carry their own allowed age.
     *
     * @throws BadSignature when it does not verify or holds no JSON
     */
    public Stamped loadsStamped(String signed) throws BadSignature {
        Signer.Timestamped stamped = signer.unsignTimestamped(signed);
        return new Stamped(decode(stamped.value()), stamped.signedAt());
    }

    /**
     * A verified value and when it was signed.
     *
     * @param value    the JSON read back
     * @param signedAt when it was signed, to the second
     */
    public record Stamped(JsonNode value, Instant signedAt) {}

    /** The JSON of a verified payload; a payload that is not ours to read is refused like a bad signature. */
    private static JsonNode decode(String payload) throws BadSignature {
        boolean compressed = payload.startsWith(".");
        byte[] bytes;
        try {
            bytes = DECODER.decode(compressed ? payload.substring(1) : payload);
        } catch (IllegalArgumentException e) {
            throw new BadSignature("The signed value is not base64url");
        }
        if (compressed) {
            bytes = inflate(bytes);
        }
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new BadSignature("The signed value holds no JSON");
            }
            return node;
        } catch (IOException e) {
            throw new BadSignature("The signed value is not JSON");
        }
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 16);
            byte[] buffer = new byte[4 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] bytes) throws BadSignature {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 3);
            byte[] buffer = new byte[4 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new BadSignature("The signed value's compressed payload is truncated");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_EXPANDED) {
                    throw new BadSignature("The signed value expands past " + MAX_EXPANDED + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new BadSignature("The signed value's compressed payload is not zlib data");
        } finally {
            inflater.end();
        }
    }
}
