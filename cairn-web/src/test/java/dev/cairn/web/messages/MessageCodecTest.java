package dev.cairn.web.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Messages to a cookie-safe string and back; anything that is not exactly such a string reads as nothing. */
class MessageCodecTest {

    static Stream<List<Message>> roundTrips() {
        return Stream.of(List.of(), List.of(new Message(Level.SUCCESS, "Saved.", "")),
                List.of(new Message(Level.DEBUG, "d", ""), new Message(Level.ERROR, "Ünïcödé, \"quotes\"; semi", "a b"),
                        new Message(Level.WARNING, "", "")),
                List.of(new Message(Level.INFO, "line\nbreak\ttab\u0000nul", "x")));
    }

    @ParameterizedTest
    @MethodSource
    void roundTrips(List<Message> messages) {
        String encoded = MessageCodec.encode(messages);

        assertTrue(encoded.matches("[A-Za-z0-9_-]*"), "cookie-safe: " + encoded);
        assertEquals(messages, MessageCodec.decode(encoded));
    }

    static Stream<Arguments> notMessages() {
        return Stream.of(
                Arguments.of("not base64", "***"),
                Arguments.of("base64 of nothing", ""),
                Arguments.of("a number", b64("42")),
                Arguments.of("a string", b64("\"x\"")),
                Arguments.of("truncated JSON", b64("[[25,\"x\"]")),
                Arguments.of("a row that is not a list", b64("[25]")),
                Arguments.of("a level out of range", b64("[[2147483648,\"x\"]]")),
                Arguments.of("a level with a fraction", b64("[[25.0,\"x\"]]")),
                Arguments.of("one bad row among good", b64("[[25,\"x\"],[99,\"y\"]]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void notMessages(String what, String encoded) {
        assertNull(MessageCodec.decode(encoded));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
