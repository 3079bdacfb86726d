package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PercentCodecTest {
    private static final String BAD_ESCAPE = "Invalid percent-encoding";
    private static final String BAD_UTF8 = "Invalid UTF-8 in percent-encoded text";

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("/a/b", "/a/b"),
                Arguments.of("/a%20b", "/a b"),
                Arguments.of("/a+b", "/a+b"),
                Arguments.of("/a%2Bb", "/a+b"),
                Arguments.of("/a%2Fb", "/a/b"),
                Arguments.of("/a%2fb", "/a/b"),
                Arguments.of("/caf%C3%A9", "/caf\u00E9"),
                Arguments.of("/%E2%82%AC%20%F0%9F%98%80", "/\u20AC \uD83D\uDE00"),
                Arguments.of("/%25", "/%"),
                Arguments.of("/%2525", "/%25"),
                Arguments.of("%41%42%43", "ABC"),
                Arguments.of("/%00", "/\u0000"),
                Arguments.of("/\u00E9%20", "/\u00E9 "),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("paths")
    void pathIsDecodedWithPlusKept(String raw, String decoded) throws HttpException {
        assertEquals(decoded, PercentCodec.decodePath(raw));
    }

    static Stream<Arguments> queryComponents() {
        return Stream.of(
                Arguments.of("a+b", "a b"),
                Arguments.of("a%2Bb", "a+b"),
                Arguments.of("+%20+", "   "),
                Arguments.of("x%3Dy%26z", "x=y&z"),
                Arguments.of("%E4%BD%A0%E5%A5%BD", "\u4F60\u597D"),
                Arguments.of("plain", "plain"));
    }

    @ParameterizedTest
    @MethodSource("queryComponents")
    void queryComponentIsDecodedWithPlusAsSpace(String raw, String decoded) throws HttpException {
        assertEquals(decoded, PercentCodec.decodeQueryComponent(raw));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("%", BAD_ESCAPE),
                Arguments.of("/a%", BAD_ESCAPE),
                Arguments.of("/a%4", BAD_ESCAPE),
                Arguments.of("/a%G1", BAD_ESCAPE),
                Arguments.of("/a%1G", BAD_ESCAPE),
                Arguments.of("/a%%41", BAD_ESCAPE),
                Arguments.of("/a% 41", BAD_ESCAPE),
                Arguments.of("/a%41%", BAD_ESCAPE),
                Arguments.of("/%C3", BAD_UTF8),
                Arguments.of("/%C3x", BAD_UTF8),
                Arguments.of("/%FF", BAD_UTF8),
                Arguments.of("/%80", BAD_UTF8),
                Arguments.of("/%C0%AF", BAD_UTF8),
                Arguments.of("/%C0%80", BAD_UTF8),
                Arguments.of("/%E0%80%AF", BAD_UTF8),
                Arguments.of("/%F0%80%80%AF", BAD_UTF8),
                Arguments.of("/%ED%A0%80", BAD_UTF8),
                Arguments.of("/%F4%90%80%80", BAD_UTF8),
                Arguments.of("/%E2%82", BAD_UTF8));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidEncodingIsA400WithAPreciseMessage(String raw, String message) {
        HttpException e = assertThrows(HttpException.class, () -> PercentCodec.decodePath(raw));
        assertEquals(400, e.status());
        assertEquals(message, e.getMessage());
        HttpException q = assertThrows(HttpException.class, () -> PercentCodec.decodeQueryComponent(raw));
        assertEquals(message, q.getMessage());
    }

    @Test
    void overlongSlashCannotSneakPastTheDecoder() {
        // %C0%AF is an overlong '/': a lenient decoder turns /..%C0%AF.. into /../..
        HttpException e = assertThrows(HttpException.class, () -> PercentCodec.decodePath("/..%C0%AF../etc"));
        assertEquals(BAD_UTF8, e.getMessage());
    }

    @Test
    void textWithoutEscapesIsReturnedAsItIs() throws HttpException {
        String path = "/no/escapes/here+";
        assertSame(path, PercentCodec.decodePath(path));
        String query = "no-escapes";
        assertSame(query, PercentCodec.decodeQueryComponent(query));
    }

    @Test
    void anotherCharsetDecodesItsOwnBytes() throws HttpException {
        assertEquals("caf\u00E9 x", PercentCodec.decodeQueryComponent("caf%E9+x", StandardCharsets.ISO_8859_1));
        HttpException e = assertThrows(HttpException.class,
                () -> PercentCodec.decodeQueryComponent("%80", StandardCharsets.US_ASCII));
        assertEquals("Invalid US-ASCII in percent-encoded text", e.getMessage());
    }

    static Stream<Arguments> segments() {
        return Stream.of(
                Arguments.of("plain-._~", "plain-._~"),
                Arguments.of("a b", "a%20b"),
                Arguments.of("a/b", "a%2Fb"),
                Arguments.of("a?b#c", "a%3Fb%23c"),
                Arguments.of("100%", "100%25"),
                Arguments.of("a+b=c;d,e:f@g!$&'()*", "a+b=c;d,e:f@g!$&'()*"),
                Arguments.of("caf\u00E9", "caf%C3%A9"),
                Arguments.of("\uD83D\uDE00", "%F0%9F%98%80"),
                Arguments.of("[x]\"<>\\^`{|}", "%5Bx%5D%22%3C%3E%5C%5E%60%7B%7C%7D"),
                Arguments.of("", ""));
    }

    /** Text, then as {@code encodePath} writes it, then as {@code encodePathStrict} does. */
    static Stream<Arguments> wholePaths() {
        return Stream.of(
                Arguments.of("css/app.css", "css/app.css", "css/app.css"),
                Arguments.of("a b/c?d#e", "a%20b/c%3Fd%23e", "a%20b/c%3Fd%23e"),
                Arguments.of("javascript:alert(1)", "javascript:alert(1)", "javascript%3Aalert%281%29"),
                Arguments.of("a;b=c&d@e", "a;b=c&d@e", "a%3Bb%3Dc%26d%40e"),
                Arguments.of("caf\u00e9/~x", "caf%C3%A9/~x", "caf%C3%A9/~x"),
                Arguments.of("100%", "100%25", "100%25"),
                Arguments.of("", "", ""));
    }

    @ParameterizedTest
    @MethodSource("wholePaths")
    void wholePathsKeepTheirSlashesAndTheStrictFormKeepsOnlyUnreserved(String text, String path, String strict)
            throws HttpException {
        assertEquals(path, PercentCodec.encodePath(text));
        assertEquals(strict, PercentCodec.encodePathStrict(text));
        assertEquals(text, PercentCodec.decodePath(path));
        assertEquals(text, PercentCodec.decodePath(strict));
    }

    @ParameterizedTest
    @MethodSource("segments")
    void pathSegmentIsEncodedSoItCannotChangeTheUrlsStructure(String segment, String encoded)
            throws HttpException {
        assertEquals(encoded, PercentCodec.encodePathSegment(segment));
        assertEquals(segment, PercentCodec.decodePath(encoded));
    }

    static Stream<Arguments> queryEncodings() {
        return Stream.of(
                Arguments.of("a b", "a+b"),
                Arguments.of("a+b", "a%2Bb"),
                Arguments.of("x=y&z", "x%3Dy%26z"),
                Arguments.of("*-._", "*-._"),
                Arguments.of("~", "%7E"),
                Arguments.of("caf\u00E9", "caf%C3%A9"),
                Arguments.of("\u4F60\u597D", "%E4%BD%A0%E5%A5%BD"),
                Arguments.of("line\r\n", "line%0D%0A"));
    }

    @ParameterizedTest
    @MethodSource("queryEncodings")
    void queryComponentIsEncodedAsBrowsersEncodeForms(String value, String encoded) throws HttpException {
        assertEquals(encoded, PercentCodec.encodeQueryComponent(value));
        assertEquals(value, PercentCodec.decodeQueryComponent(encoded));
    }

    @Test
    void encodingInAnotherCharsetUsesItsBytesAndQuestionMarksForTheRest() {
        assertEquals("caf%E9", PercentCodec.encodeQueryComponent("caf\u00E9", StandardCharsets.ISO_8859_1));
        assertEquals("%3F", PercentCodec.encodeQueryComponent("\u20AC", StandardCharsets.ISO_8859_1));
    }

    @Test
    void textNeedingNoEncodingIsReturnedAsItIs() {
        String s = "already-safe";
        assertSame(s, PercentCodec.encodePathSegment(s));
        assertSame(s, PercentCodec.encodeQueryComponent(s));
    }

    @Test
    void everyStringSurvivesEncodingAndDecoding() throws HttpException {
        java.util.Random random = new java.util.Random(11);
        int[] pool = {'a', 'Z', '0', ' ', '+', '%', '/', '?', '#', '&', '=', ';', '~', 0xE9, 0x20AC, 0x1F600, 0};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String s = sb.toString();
            assertEquals(s, PercentCodec.decodePath(PercentCodec.encodePathSegment(s)));
            assertEquals(s, PercentCodec.decodeQueryComponent(PercentCodec.encodeQueryComponent(s)));
        }
    }
}
