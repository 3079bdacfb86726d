package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbnfTest {

    @Test
    void tcharIsExactlyRfc9110sSet() {
        String expected = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int c = -1; c < 512; c++) {
            assertEquals(c >= 0 && expected.indexOf(c) >= 0, Abnf.isTchar(c), "char " + c);
        }
    }

    @Test
    void cookieOctetIsPrintableAsciiWithoutDquoteCommaSemicolonOrBackslash() {
        for (int c = -1; c < 512; c++) {
            boolean expected = c >= 0x21 && c <= 0x7E && c != '"' && c != ',' && c != ';' && c != '\\';
            assertEquals(expected, Abnf.isCookieOctet(c), "char " + c);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Content-Type", "x_y.z~1", "!#$%&'*+-.^_`|~"})
    void tokensAreTokens(String s) {
        assertTrue(Abnf.isToken(s));
        assertEquals(-1, Abnf.firstNonToken(s));
    }

    static Stream<Arguments> nonTokens() {
        return Stream.of(
                Arguments.of("", -1),
                Arguments.of("a b", 1),
                Arguments.of("a:b", 1),
                Arguments.of("(x)", 0),
                Arguments.of("ok\"", 2),
                Arguments.of("caf\u00E9", 3));
    }

    @ParameterizedTest
    @MethodSource("nonTokens")
    void nonTokensAreFoundAtTheirFirstBadChar(String s, int index) {
        assertFalse(Abnf.isToken(s));
        assertEquals(index, Abnf.firstNonToken(s));
    }

    @Test
    void hexValueReadsBothCases() {
        String digits = "0123456789abcdef";
        for (int i = 0; i < 16; i++) {
            assertEquals(i, Abnf.hexValue(digits.charAt(i)));
            assertEquals(i, Abnf.hexValue(Character.toUpperCase(digits.charAt(i))));
        }
        for (char c : "gG /:@`%-".toCharArray()) {
            assertEquals(-1, Abnf.hexValue(c), "char " + c);
        }
        assertEquals(-1, Abnf.hexValue((byte) 0xC1));
    }

    @Test
    void controlCharsAreC0AndDel() {
        for (int c = 0; c < 256; c++) {
            assertEquals(c < 0x20 || c == 0x7F, Abnf.isCtl(c), "char " + c);
        }
    }

    @Test
    void trimOwsDropsOnlySpacesAndTabs() {
        assertEquals("a b", Abnf.trimOws(" \ta b\t ", 0, 7));
        assertEquals("", Abnf.trimOws(" \t ", 0, 3));
        assertEquals("\na\r", Abnf.trimOws(" \na\r ", 0, 5));
        assertEquals("b", Abnf.trimOws("a b c", 1, 4));
    }

    @Test
    void boundedIndexOfStopsAtTheEnd() {
        assertEquals(1, Abnf.indexOf("a=b", '=', 0, 3));
        assertEquals(1, Abnf.indexOf("a=b=c", '=', 0, 1));
        assertEquals(3, Abnf.indexOf("a=b=c", '=', 2, 5));
        assertEquals(2, Abnf.indexOf("ab", '=', 0, 2));
    }

    @Test
    void describeNamesACharWithoutEchoingIt() {
        assertEquals("0x3B", Abnf.describe(';'));
        assertEquals("0x00", Abnf.describe(0));
        assertEquals("0xE9", Abnf.describe('\u00E9'));
    }
}
