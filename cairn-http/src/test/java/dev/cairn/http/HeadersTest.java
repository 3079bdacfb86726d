package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeadersTest {

    @Test
    void lookupIsCaseInsensitiveAndKeepsOrderAndCase() {
        Headers h = Headers.of("Host", "a", "X-Thing", "1", "x-thing", "2");
        assertEquals("a", h.first("HOST"));
        assertEquals(List.of("1", "2"), h.all("X-THING"));
        assertEquals(2, h.count("x-Thing"));
        assertEquals("x-thing", h.name(2));
        assertNull(h.first("Missing"));
        assertEquals(List.of(), h.all("Missing"));
    }

    static Stream<Arguments> tokens() {
        return Stream.of(
                Arguments.of("close", "close", true),
                Arguments.of("keep-alive, Close", "close", true),
                Arguments.of(" upgrade ,\tclose\t", "close", true),
                Arguments.of("closed", "close", false),
                Arguments.of("xclose, keep-alive", "close", false),
                Arguments.of("", "close", false),
                Arguments.of(",,", "close", false));
    }

    @ParameterizedTest
    @MethodSource("tokens")
    void containsTokenMatchesWholeListElements(String value, String token, boolean expected) {
        assertEquals(expected, Headers.of("Connection", value).containsToken("connection", token));
    }

    @Test
    void toStringRedactsSecrets() {
        Headers h = Headers.of("Authorization", "Bearer s3cret", "Cookie", "id=s3cret", "Accept", "*/*");
        String text = h.toString();
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("Accept: */*"), text);
        assertTrue(text.contains("Authorization: [redacted]"), text);
    }

    @Test
    void builderSetReplacesAndRemoveRemovesEveryLine() {
        Headers h = Headers.builder().add("A", "1").add("b", "2").add("a", "3").set("A", "4").build();
        assertEquals(List.of("4"), h.all("a"));
        assertEquals("b", h.name(0));
        assertEquals(h, Headers.of("b", "2", "A", "4"));
        assertEquals(0, h.toBuilder().remove("A").remove("B").build().size());
    }

    @Test
    void oddArgumentsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Headers.of("A"));
        assertTrue(e.getMessage().contains("pairs"));
    }
}
