package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CookiesTest {

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("a=1; b=2", Params.of("a", "1", "b", "2")),
                Arguments.of("a=1;b=2", Params.of("a", "1", "b", "2")),
                Arguments.of("  a = 1 ;\tb=2\t; ", Params.of("a", "1", "b", "2")),
                Arguments.of("sid=\"abc def\"", Params.of("sid", "abc def")),
                Arguments.of("q=\"\"", Params.of("q", "")),
                Arguments.of("q=\"", Params.of("q", "\"")),
                Arguments.of("q=\"a", Params.of("q", "\"a")),
                Arguments.of("empty=", Params.of("empty", "")),
                Arguments.of("e=; f=x", Params.of("e", "", "f", "x")),
                Arguments.of("a=b=c", Params.of("a", "b=c")),
                Arguments.of("list=a,b,c; x=1", Params.of("list", "a,b,c", "x", "1")),
                Arguments.of("arr[0]=x; $Version=1", Params.of("arr[0]", "x", "$Version", "1")),
                Arguments.of("text=hello world", Params.of("text", "hello world")),
                Arguments.of("tab=a\tb", Params.of("tab", "a\tb")),
                Arguments.of("a=1; a=2; a=3", Params.of("a", "1", "a", "2", "a", "3")),
                Arguments.of("", Params.empty()),
                Arguments.of(" ;; ; ", Params.empty()));
    }

    @ParameterizedTest
    @MethodSource("headers")
    void cookieHeaderIsParsedToPairsInOrder(String header, Params expected) {
        assertEquals(expected, Cookies.parse(header));
    }

    static Stream<Arguments> malformedPairs() {
        return Stream.of(
                Arguments.of("flag; a=1", "a bare name has no '='"),
                Arguments.of("=x; a=1", "an empty name can never be looked up"),
                Arguments.of(" = x ; a=1", "a blank name is empty once trimmed"),
                Arguments.of("b\u0001ad=1; a=1", "a control char in the name"),
                Arguments.of("bad=x\u0000y; a=1", "a NUL in the value"),
                Arguments.of("bad=x\ny; a=1", "a line feed in the value"),
                Arguments.of("bad=\u007F; a=1", "DEL in the value"));
    }

    @ParameterizedTest
    @MethodSource("malformedPairs")
    void malformedPairIsSkippedAndTheRestKept(String header, String why) {
        assertEquals(Params.of("a", "1"), Cookies.parse(header), why);
    }

    @Test
    void nullHeaderMeansNoCookies() {
        assertTrue(Cookies.parse((String) null).isEmpty());
    }

    @Test
    void firstOccurrenceWinsButAllAreKept() {
        // RFC 6265 §5.4: the cookie with the longest path comes first, so first() is the most specific one
        Params cookies = Cookies.parse("sid=deep; theme=dark; sid=root");
        assertEquals("deep", cookies.first("sid"));
        assertEquals(List.of("deep", "root"), cookies.all("sid"));
    }

    @Test
    void severalHeaderLinesAreJoinedInOrder() {
        Params cookies = Cookies.parse(List.of("a=1; b=2", "c=3", "a=4"));
        assertEquals(Params.of("a", "1", "b", "2", "c", "3", "a", "4"), cookies);
    }

    @Test
    void everyCookieLineOfTheHeadersIsRead() {
        Headers h = Headers.of("Host", "x", "Cookie", "a=1", "Accept", "*/*", "cookie", "b=2");
        assertEquals(Params.of("a", "1", "b", "2"), Cookies.parse(h));
        assertTrue(Cookies.parse(Headers.of("Host", "x")).isEmpty());
    }

    @Test
    void valuesAreNotPercentDecoded() {
        assertEquals("a%20b+c", Cookies.parse("v=a%20b+c").first("v"));
    }

    @Test
    void octetsAboveAsciiAreKeptAsReceived() {
        // Headers hold octets as ISO-8859-1 chars; UTF-8 "é" arrives as two chars
        assertEquals("\u00C3\u00A9", Cookies.parse("v=\u00C3\u00A9").first("v"));
    }

    @Test
    void aLongHeaderOfBareNamesIsParsedInLinearTime() {
        String header = "x;".repeat(200_000) + "a=1";
        long start = System.nanoTime();
        assertEquals(Params.of("a", "1"), Cookies.parse(header));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "quadratic scan");
    }

    @Test
    void whatSetCookieWritesCookieReadsBack() {
        SetCookie plain = SetCookie.builder("sid", "a1-B2_c3.d4~").path("/").httpOnly(true).build();
        SetCookie quoted = SetCookie.of("pref", "\"x=1&y=2\"");
        String sent = plain.name() + "=" + plain.value() + "; " + quoted.name() + "=" + quoted.value();
        Params cookies = Cookies.parse(sent);
        assertEquals("a1-B2_c3.d4~", cookies.first("sid"));
        assertEquals("x=1&y=2", cookies.first("pref"), "the DQUOTEs of a quoted cookie-value are removed");
    }
}
