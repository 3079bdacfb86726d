package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reason phrases (RFC 9110 §15 and IANA's registry), and the fallbacks for codes without one. */
class StatusTest {
    static Stream<Arguments> phrases() {
        return Stream.of(
                Arguments.of(100, "Continue"),
                Arguments.of(101, "Switching Protocols"),
                Arguments.of(103, "Early Hints"),
                Arguments.of(200, "OK"),
                Arguments.of(204, "No Content"),
                Arguments.of(206, "Partial Content"),
                Arguments.of(301, "Moved Permanently"),
                Arguments.of(304, "Not Modified"),
                Arguments.of(308, "Permanent Redirect"),
                Arguments.of(400, "Bad Request"),
                Arguments.of(404, "Not Found"),
                Arguments.of(405, "Method Not Allowed"),
                Arguments.of(408, "Request Timeout"),
                Arguments.of(413, "Content Too Large"),
                Arguments.of(414, "URI Too Long"),
                Arguments.of(417, "Expectation Failed"),
                Arguments.of(421, "Misdirected Request"),
                Arguments.of(422, "Unprocessable Content"),
                Arguments.of(426, "Upgrade Required"),
                Arguments.of(429, "Too Many Requests"),
                Arguments.of(431, "Request Header Fields Too Large"),
                Arguments.of(451, "Unavailable For Legal Reasons"),
                Arguments.of(500, "Internal Server Error"),
                Arguments.of(501, "Not Implemented"),
                Arguments.of(503, "Service Unavailable"),
                Arguments.of(505, "HTTP Version Not Supported"),
                Arguments.of(511, "Network Authentication Required"));
    }

    @ParameterizedTest
    @MethodSource("phrases")
    void registeredCodeHasItsReasonPhrase(int code, String reason) {
        assertEquals(reason, Status.reason(code));
        assertTrue(Status.isRegistered(code));
    }

    static Stream<Arguments> fallbacks() {
        return Stream.of(
                Arguments.of(199, "Informational"),
                Arguments.of(299, "Successful"),
                Arguments.of(306, "Redirection"),
                Arguments.of(418, "Client Error"),
                Arguments.of(499, "Client Error"),
                Arguments.of(599, "Server Error"),
                Arguments.of(99, "Unknown"),
                Arguments.of(600, "Unknown"),
                Arguments.of(0, "Unknown"),
                Arguments.of(-1, "Unknown"),
                Arguments.of(Integer.MAX_VALUE, "Unknown"));
    }

    @ParameterizedTest
    @MethodSource("fallbacks")
    void unregisteredCodeGetsItsClassNameOrUnknown(int code, String reason) {
        assertEquals(reason, Status.reason(code));
        assertFalse(Status.isRegistered(code));
    }

    @Test
    void everyCodeHasAReasonThatIsSafeOnAStatusLine() {
        // RFC 9112 §4: reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ); no CR or LF can reach the wire.
        IntStream.rangeClosed(-1, 1000).mapToObj(Status::reason).forEach(reason -> {
            assertFalse(reason.isEmpty());
            assertTrue(reason.chars().allMatch(c -> c == ' ' || (c >= 0x21 && c <= 0x7E)), reason);
        });
    }

    @Test
    void everyStatusTheParsersRaiseIsRegistered() {
        for (int code : new int[]{400, 408, 413, 414, 417, 431, 501, 505}) {
            assertTrue(Status.isRegistered(code), Integer.toString(code));
        }
    }
}
