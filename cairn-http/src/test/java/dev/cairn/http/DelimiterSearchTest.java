package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DelimiterSearchTest {

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("\r\n--b", "\r\n--b", 0, 0),
                Arguments.of("\r\n--b", "xx\r\n--b", 0, 2),
                Arguments.of("\r\n--b", "xx\r\n--b\r\n--b", 3, 7),
                Arguments.of("\r\n--b", "xx\r\n--", 0, -1),
                Arguments.of("\r\n--b", "\r\n--c\r\n--b", 0, 5),
                Arguments.of("\r\n--b", "\r\r\n--b", 0, 1),
                Arguments.of("\r\n--b", "", 0, -1),
                Arguments.of("\r\n--aaa", "\r\n--aa\r\n--aaa", 0, 6),
                Arguments.of("\r\n--abab", "\r\n--ababab\r\n--abab", 1, 10));
    }

    @ParameterizedTest
    @MethodSource("searches")
    void firstWholeOccurrenceIsFound(String pattern, String text, int from, int expected) {
        byte[] buf = text.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(expected, new DelimiterSearch(pattern.getBytes(StandardCharsets.ISO_8859_1))
                .indexIn(buf, from, buf.length));
    }

    @Test
    void searchStopsAtTheGivenEnd() {
        byte[] buf = "xx\r\n--b".getBytes(StandardCharsets.ISO_8859_1);
        DelimiterSearch search = new DelimiterSearch("\r\n--b".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(-1, search.indexIn(buf, 0, buf.length - 1));
        assertEquals(5, search.length());
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(3);
        byte[] pattern = "\r\n--ab".getBytes(StandardCharsets.ISO_8859_1);
        DelimiterSearch search = new DelimiterSearch(pattern);
        byte[] alphabet = "\r\n-ab".getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 20_000; round++) {
            byte[] text = new byte[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            int from = text.length == 0 ? 0 : random.nextInt(text.length);
            assertEquals(naive(pattern, text, from), search.indexIn(text, from, text.length));
        }
    }

    private static int naive(byte[] pattern, byte[] text, int from) {
        outer : for (int i = from; i + pattern.length <= text.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (text[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
