package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every octet value at every position of a long target or field value: the parser reads long runs eight octets
 * at a time, so a bad octet must be caught wherever it falls in (or across) those eight-octet words.
 */
class OctetPositionTest {
    private static final String FILLER = "abcdefghijklmnopqrstuvwxyz0123456789";

    static Stream<Arguments> octets() {
        return IntStream.range(0, 256).mapToObj(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("octets")
    void fieldValueOctetIsJudgedTheSameAtEveryPosition(int octet) {
        String expected = expectedInValue(octet);
        for (int at = 0; at < 24; at++) {
            String value = FILLER.substring(0, at) + (char) octet + FILLER.substring(at, 26);
            String head = "GET / HTTP/1.1\r\nHost: a\r\nX: " + value + "\r\n\r\n";
            String outcome = Wire.whole(HttpLimits.DEFAULT, head);
            if (expected == null) {
                assertEquals("GET / HTTP/1.1 cl=0 keep-alive {Host: a, X: " + value.strip() + "}", outcome,
                        "octet " + octet + " at " + at);
            } else {
                assertEquals(expected, outcome, "octet " + octet + " at " + at);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("octets")
    void targetOctetIsJudgedTheSameAtEveryPosition(int octet) {
        String expected = expectedInTarget(octet);
        for (int at = 1; at < 24; at++) {
            String target = "/" + FILLER.substring(0, at - 1) + (char) octet + FILLER.substring(at, 26);
            String head = "GET " + target + " HTTP/1.1\r\nHost: a\r\n\r\n";
            String outcome = Wire.whole(HttpLimits.DEFAULT, head);
            if (expected == null) {
                assertEquals("GET " + target + " HTTP/1.1 cl=0 keep-alive {Host: a}", outcome, "octet " + octet);
            } else if (octet == ' ') {
                // A space ends the target early: what follows is not a version.
                assertEquals("400 Malformed HTTP version", outcome, "at " + at);
            } else {
                assertEquals(expected, outcome, "octet " + octet + " at " + at);
            }
        }
    }

    /** Null when the octet is allowed inside a field value (RFC 9110 §5.5), else the outcome. */
    private static String expectedInValue(int octet) {
        if (octet == '\t' || octet >= 0x20 && octet != 0x7F) {
            return null;
        }
        return switch (octet) {
            case '\r' -> "400 CR not followed by LF";
            case '\n' -> "400 Line ends in LF without CR";
            default -> "400 Invalid character in header value";
        };
    }

    /** Null when the octet is a VCHAR, which a target may hold, else the outcome. */
    private static String expectedInTarget(int octet) {
        if (octet >= 0x21 && octet <= 0x7E) {
            return null;
        }
        return switch (octet) {
            case '\r' -> "400 Malformed request line";
            case '\n' -> "400 Line ends in LF without CR";
            default -> "400 Invalid character in request target";
        };
    }
}
