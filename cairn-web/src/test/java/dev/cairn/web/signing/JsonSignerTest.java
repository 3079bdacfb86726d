package dev.cairn.web.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Django's signing.dumps and signing.loads: JSON, optionally compressed, timestamped, salted. */
class JsonSignerTest {

    private static final String KEY = "json-signer-test-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final String OLD_KEY = "json-signer-old-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final Instant THEN = Instant.parse("2026-03-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSigner signer(String salt, Instant now) {
        return JsonSigner.of(Signer.of(KEY, salt, List.of(), Clock.fixed(now, ZoneOffset.UTC)));
    }

    private static final JsonSigner SIGNER = signer("session", THEN);

    static Stream<Arguments> values() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("user", 7);
        nested.put("cart", List.of("tea", "cake", Map.of("qty", 2)));
        nested.put("admin", false);
        nested.put("note", null);
        return Stream.of(
                Arguments.of("an object", nested),
                Arguments.of("an empty object", Map.of()),
                Arguments.of("a string with a colon and non-ASCII", "a:b caf\u00e9 \u2603"),
                Arguments.of("a number", 42),
                Arguments.of("a list", List.of(1, 2, 3)),
                Arguments.of("a long repetitive text", "spam ".repeat(500)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void aValueComesBackAsTheSameJsonCompressedOrNot(String what, Object value) throws BadSignature {
        JsonNode expected = JSON.valueToTree(value);
        for (boolean compress : new boolean[]{false, true}) {
            String signed = SIGNER.dumps(value, compress);
            assertEquals(expected, SIGNER.loads(signed, Duration.ofMinutes(1)), what + ", compress=" + compress);
            assertTrue(signed.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';'
                    && c != '\\'), "every character is a cookie-octet: " + signed);
        }
    }

    @Test
    void compressionIsUsedOnlyWhenItMakesThePayloadShorter() {
        String repetitive = SIGNER.dumps("spam ".repeat(500), true);
        assertTrue(repetitive.startsWith("."), "a compressed payload starts with a dot");
        assertTrue(repetitive.length() < SIGNER.dumps("spam ".repeat(500), false).length() / 5, repetitive);
        String tiny = SIGNER.dumps(Map.of("a", 1), true);
        assertFalse(tiny.startsWith("."), "a tiny value is left uncompressed: " + tiny);
        assertEquals(SIGNER.dumps(Map.of("a", 1), false), tiny);
    }

    @Test
    void aValueReadsIntoAType() throws BadSignature {
        String signed = SIGNER.dumps(Map.of("user", 7, "items", List.of("tea")));
        assertEquals(Map.of("user", 7, "items", List.of("tea")), SIGNER.loads(signed, Duration.ofMinutes(1),
                Map.class));
        assertEquals(List.of(1, 2), SIGNER.loads(SIGNER.dumps(List.of(1, 2)), Duration.ofMinutes(1), List.class));
        assertEquals("The signed JSON does not fit Integer", assertThrows(BadSignature.class,
                () -> SIGNER.loads(signed, Duration.ofMinutes(1), Integer.class)).getMessage());
    }

    /** A payload signed properly under the test salt: what a bug or another use of the salt could produce. */
    private static String signedPayload(String payload) {
        return Signer.of(KEY, "session", List.of(), Clock.fixed(THEN, ZoneOffset.UTC)).signWithTimestamp(payload);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] zlib(byte[] bytes) {
        Deflater deflater = new Deflater();
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    static Stream<Arguments> refused() {
        String signed = SIGNER.dumps(Map.of("user", 7));
        int firstColon = signed.indexOf(':');
        String payload = signed.substring(0, firstColon);
        String otherPayload = base64("{\"user\":1}".getBytes());
        return Stream.of(
                // why, the signed value, the exception's type, its message
                Arguments.of("the payload changed", otherPayload + signed.substring(firstColon),
                        BadSignature.class, "Signature does not match"),
                Arguments.of("the timestamp changed", payload + ":0" + signed.substring(signed.indexOf(':',
                        firstColon + 1)), BadSignature.class, "Signature does not match"),
                Arguments.of("signed under another salt", signer("csrf", THEN).dumps(Map.of("user", 7)),
                        BadSignature.class, "Signature does not match"),
                Arguments.of("signed with another key", JsonSigner.of(Signer.of(OLD_KEY, "session")).dumps(Map.of(
                        "user", 7)), BadSignature.class, "Signature does not match"),
                Arguments.of("not signed at all", payload, BadSignature.class, "No ':' found in the signed value"),
                Arguments.of("garbage", "%%%garbage%%%", BadSignature.class, "No ':' found in the signed value"),
                Arguments.of("older than allowed", signer("session", THEN.minusSeconds(3601)).dumps(Map.of("user",
                        7)), SignatureExpired.class, "Signature age 3601 s > 3600 s"),
                Arguments.of("signed without a timestamp", Signer.of(KEY, "session").sign(payload),
                        BadSignature.class, "No timestamp found in the signed value"),
                Arguments.of("a verified payload that is not base64url", signedPayload("not*base64"),
                        BadSignature.class, "The signed value is not base64url"),
                Arguments.of("a verified payload that is not JSON", signedPayload(base64("{user".getBytes())),
                        BadSignature.class, "The signed value is not JSON"),
                Arguments.of("a verified payload that is empty", signedPayload(""), BadSignature.class,
                        "The signed value holds no JSON"),
                Arguments.of("a verified compressed payload that is not zlib", signedPayload("." + base64(
                        "plain".getBytes())), BadSignature.class,
                        "The signed value's compressed payload is not zlib data"),
                Arguments.of("a verified compressed payload cut short", signedPayload("." + base64(
                        java.util.Arrays.copyOf(zlib("{\"a\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"}".getBytes()), 6))),
                        BadSignature.class, "The signed value's compressed payload is truncated"),
                Arguments.of("a verified compressed payload that expands without bound", signedPayload("." + base64(
                        zlib(new byte[JsonSigner.MAX_EXPANDED + 1]))), BadSignature.class,
                        "The signed value expands past " + JsonSigner.MAX_EXPANDED + " bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String why, String signed, Class<? extends BadSignature> type, String message) {
        BadSignature e = assertThrows(BadSignature.class, () -> SIGNER.loads(signed, Duration.ofHours(1)));
        assertEquals(type, e.getClass(), why);
        assertEquals(message, e.getMessage(), why);
    }

    @Test
    void aValueSignedWithAFallbackKeyStillLoads() throws BadSignature {
        String old = JsonSigner.of(Signer.of(OLD_KEY, "session", List.of(), Clock.fixed(THEN, ZoneOffset.UTC)))
                .dumps(Map.of("user", 7));
        JsonSigner rotated = JsonSigner.of(Signer.of(KEY, "session", List.of(OLD_KEY), Clock.fixed(THEN,
                ZoneOffset.UTC)));
        assertEquals(7, rotated.loads(old, Duration.ofMinutes(1)).get("user").asInt());
    }

    @Test
    void aStampedLoadGivesTheSigningTimeAndLeavesTheAgeToTheCaller() throws BadSignature {
        String signed = signer("session", THEN.minus(Duration.ofDays(400))).dumps(Map.of("user", 7));
        JsonSigner.Stamped stamped = SIGNER.loadsStamped(signed);
        assertEquals(THEN.minus(Duration.ofDays(400)), stamped.signedAt());
        assertEquals(7, stamped.value().get("user").asInt());
        assertThrows(SignatureExpired.class, () -> SIGNER.loads(signed, Duration.ofDays(399)));
        assertThrows(BadSignature.class, () -> SIGNER.loadsStamped("x" + signed));
    }

    @Test
    void aValueThatIsNotJsonAbleIsRefusedWhenSigned() {
        Object unwritable = new Object();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SIGNER.dumps(unwritable));
        assertTrue(e.getMessage().startsWith("Cannot sign a java.lang.Object as JSON: "), e.getMessage());
    }
}
