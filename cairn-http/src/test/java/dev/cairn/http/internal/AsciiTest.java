package dev.cairn.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AsciiTest {

    @Test
    void tcharIsExactlyRfc9110sSet() {
        String expected = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int c = -1; c < 512; c++) {
            assertEquals(c >= 0 && expected.indexOf(c) >= 0, Ascii.isTchar(c), "char " + c);
        }
    }

    @Test
    void cookieOctetIsPrintableAsciiWithoutDquoteCommaSemicolonOrBackslash() {
        for (int c = -1; c < 512; c++) {
            boolean expected = c >= 0x21 && c <= 0x7E && c != '"' && c != ',' && c != ';' && c != '\\';
            assertEquals(expected, Ascii.isCookieOctet(c), "char " + c);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Content-Type", "x_y.z~1", "!#$%&'*+-.^_`|~"})
    void tokensAreTokens(String s) {
        assertTrue(Ascii.isToken(s));
        assertEquals(-1, Ascii.firstNonToken(s));
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
        assertFalse(Ascii.isToken(s));
        assertEquals(index, Ascii.firstNonToken(s));
    }

    @Test
    void hexValueReadsBothCases() {
        String digits = "0123456789abcdef";
        for (int i = 0; i < 16; i++) {
            assertEquals(i, Ascii.hexValue(digits.charAt(i)));
            assertEquals(i, Ascii.hexValue(Character.toUpperCase(digits.charAt(i))));
        }
        for (char c : "gG /:@`%-".toCharArray()) {
            assertEquals(-1, Ascii.hexValue(c), "char " + c);
        }
        assertEquals(-1, Ascii.hexValue((byte) 0xC1));
    }

    @Test
    void controlCharsAreC0AndDel() {
        for (int c = 0; c < 256; c++) {
            assertEquals(c < 0x20 || c == 0x7F, Ascii.isCtl(c), "char " + c);
        }
    }

    @Test
    void trimOwsDropsOnlySpacesAndTabs() {
        assertEquals("a b", Ascii.trimOws(" \ta b\t ", 0, 7));
        assertEquals("", Ascii.trimOws(" \t ", 0, 3));
        assertEquals("\na\r", Ascii.trimOws(" \na\r ", 0, 5));
        assertEquals("b", Ascii.trimOws("a b c", 1, 4));
    }

    @Test
    void boundedIndexOfStopsAtTheEnd() {
        assertEquals(1, Ascii.indexOf("a=b", '=', 0, 3));
        assertEquals(1, Ascii.indexOf("a=b=c", '=', 0, 1));
        assertEquals(3, Ascii.indexOf("a=b=c", '=', 2, 5));
        assertEquals(2, Ascii.indexOf("ab", '=', 0, 2));
    }

    @Test
    void describeNamesACharWithoutEchoingIt() {
        assertEquals("0x3B", Ascii.describe(';'));
        assertEquals("0x00", Ascii.describe(0));
        assertEquals("0xE9", Ascii.describe('\u00E9'));
    }

    @Test
    void octetAndCharClassesAgreeOnEveryOctet() {
        for (int c = 0; c < 256; c++) {
            byte b = (byte) c;
            assertEquals(Ascii.isTchar(c), Ascii.isTchar(b), "octet " + c);
            assertEquals(Ascii.hexValue(c), Ascii.hexValue(b), "octet " + c);
        }
    }

    @Test
    void charsBeyondLatin1NeverAliasAnOctet() {
        // (byte) 0x130 is '0' and (byte) 0x161 is 'a': the int overloads must not narrow before checking.
        assertFalse(Ascii.isTchar(0x161));
        assertEquals(-1, Ascii.hexValue(0x130));
        assertFalse(Ascii.isCookieOctet(0x161));
    }

    @Test
    void vcharIsVisibleAsciiAndFieldCharAddsSpaceTabAndObsText() {
        for (int c = 0; c < 256; c++) {
            byte b = (byte) c;
            boolean vchar = c >= 0x21 && c <= 0x7E;
            assertEquals(vchar, Ascii.isVchar(b), "octet " + c);
            assertEquals(vchar || c == ' ' || c == '\t' || c >= 0x80, Ascii.isFieldChar(b), "octet " + c);
        }
    }

    @Test
    void regNameIsUnreservedSubDelimsAndPercent() {
        String expected = "-._~%!$&'()*+,;=0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (char c = 0; c < 512; c++) {
            assertEquals(expected.indexOf(c) >= 0, Ascii.isRegNameChar(c), "char " + (int) c);
        }
    }

    @Test
    void owsIsOnlySpaceAndTab() {
        for (int c = 0; c < 256; c++) {
            assertEquals(c == ' ' || c == '\t', Ascii.isOws(c), "char " + c);
        }
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("Content-Type: x", 0, 12),
                Arguments.of("abc", 0, 3),
                Arguments.of("", 0, 0),
                Arguments.of("ab cd", 3, 5));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void skipTcharsStopsAtTheFirstNonTchar(String s, int from, int expected) {
        byte[] buf = s.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(expected, Ascii.skipTchars(buf, from, buf.length));
    }

    @Test
    void skipVcharsFindsEveryStopOctetAtEveryPositionOfALongRun() {
        // Long enough for the eight-at-a-time loop; every position checks that its false alarms and the byte loop
        // together still stop exactly at the first octet outside VCHAR.
        for (int stop : new int[]{0x00, 0x09, ' ', 0x7F, 0x80, 0xFF}) {
            for (int at = 0; at < 40; at++) {
                byte[] buf = new byte[40];
                Arrays.fill(buf, (byte) 'a');
                buf[at] = (byte) stop;
                assertEquals(at, Ascii.skipVchars(buf, 0, buf.length), "octet " + stop + " at " + at);
            }
        }
        byte[] all = new byte[40];
        Arrays.fill(all, (byte) '~');
        assertEquals(40, Ascii.skipVchars(all, 0, 40));
        assertEquals(17, Ascii.skipVchars(all, 3, 17));
    }

    @Test
    void skipFieldCharsStopsAtControlsButNotAtTabOrObsText() {
        for (int stop : new int[]{0x00, '\r', '\n', 0x1F, 0x7F}) {
            for (int at = 0; at < 40; at++) {
                byte[] buf = new byte[40];
                Arrays.fill(buf, (byte) 'v');
                buf[at / 2] = '\t';
                buf[(at + 7) % 40] = (byte) 0xE9;
                buf[at] = (byte) stop;
                assertEquals(at, Ascii.skipFieldChars(buf, 0, buf.length), "octet " + stop + " at " + at);
            }
        }
    }
}
