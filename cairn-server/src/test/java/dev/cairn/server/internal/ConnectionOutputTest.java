package dev.cairn.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConnectionOutputTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("Content-Type", "text/plain", true),
                Arguments.of("X-Latin1", "caf\u00e9", true),
                Arguments.of("X-Split", "a\r\nSet-Cookie: x=1", false),
                Arguments.of("X-Lf", "a\nb", false),
                Arguments.of("X-Nul", "a\0b", false),
                Arguments.of("X-Wide", "\u20ac", false),
                Arguments.of("Bad Name", "v", false),
                Arguments.of("Bad:Name", "v", false),
                Arguments.of("", "v", false));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void fieldIsWrittenOnlyWhenItCannotSplitTheHead(String name, String value, boolean ok) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ConnectionOutput out = new ConnectionOutput(sink);
        out.beginHead();
        out.writeAscii("HTTP/1.1 200 OK\r\n");
        boolean written = out.writeField(name, value);
        assertEquals(ok, written);
        if (!written) {
            out.rollbackHead();
        } else {
            out.endHead();
        }
        out.flush();
        String text = sink.toString(StandardCharsets.ISO_8859_1);
        assertEquals(ok ? "HTTP/1.1 200 OK\r\n" + name + ": " + value + "\r\n" : "", text);
    }

    static Stream<Arguments> longFields() {
        String policy = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'";
        return Stream.of(
                Arguments.of("the same strings every time", policy, policy, policy),
                Arguments.of("equal text in new strings", policy, new String(policy), new String(policy)),
                Arguments.of("a value that changes", policy, policy.replace("none", "self"), policy),
                Arguments.of("Latin-1 text", "caf\u00e9 ".repeat(8), "caf\u00e9 ".repeat(8), "caf\u00e9 ".repeat(8)));
    }

    @ParameterizedTest(name = "{0}: each response carries exactly its own value")
    @MethodSource("longFields")
    void aLongFieldSentAgainAndAgainIsWrittenExactly(String why, String first, String second, String third)
            throws IOException {
        for (String value : new String[]{first, second, third, first, second, third}) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            ConnectionOutput out = new ConnectionOutput(sink);
            assertTrue(out.writeField("Content-Security-Policy", value));
            out.flush();
            assertEquals("Content-Security-Policy: " + value + "\r\n", sink.toString(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void aLongFieldThatCannotBeSentIsNeverRemembered() throws IOException {
        String bad = "x".repeat(EncodedFields.MIN_VALUE_LENGTH) + "\r\nSet-Cookie: a=b";
        for (int i = 0; i < 3; i++) {
            ConnectionOutput out = new ConnectionOutput(new ByteArrayOutputStream());
            out.beginHead();
            assertFalse(out.writeField("X-Long", bad));
            out.rollbackHead();
        }
        assertEquals(null, EncodedFields.find("X-Long", bad));
    }

    @Test
    void decimalsAreWrittenWithoutStrings() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ConnectionOutput out = new ConnectionOutput(sink);
        for (long n : new long[]{0, 7, 10, 13, 65_536, Long.MAX_VALUE}) {
            out.writeDecimal(n);
            out.writeAscii(",");
        }
        out.flush();
        assertEquals("0,7,10,13,65536," + Long.MAX_VALUE + ",", sink.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void largeHeadGrowsTheBufferRatherThanFlushHalfOfIt() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ConnectionOutput out = new ConnectionOutput(sink);
        out.beginHead();
        assertTrue(out.writeField("X-Big", "v".repeat(40_000)));
        assertEquals(0, sink.size(), "nothing leaves while the head is open");
        assertFalse(out.writeField("X-Bad", "\r"));
        out.rollbackHead();
        out.flush();
        assertEquals(0, sink.size(), "the whole head was forgotten");
    }

    @Test
    void runsLargerThanTheBufferGoStraightThrough() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ConnectionOutput out = new ConnectionOutput(sink);
        out.writeAscii("head");
        out.write(new byte[100_000]);
        assertEquals(100_004, sink.size(), "the buffered bytes first, then the large run");
    }
}
