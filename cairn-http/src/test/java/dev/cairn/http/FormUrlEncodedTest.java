package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormUrlEncodedTest {

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("a=1&b=2&a=3&flag&=x", Params.of("a", "1", "b", "2", "a", "3", "flag", "", "", "x")),
                Arguments.of("", Params.empty()),
                Arguments.of("&&&", Params.empty()),
                Arguments.of("a=1&&b=2&", Params.of("a", "1", "b", "2")),
                Arguments.of("=", Params.of("", "")),
                Arguments.of("a=", Params.of("a", "")),
                Arguments.of("a", Params.of("a", "")),
                Arguments.of("a==b", Params.of("a", "=b")),
                Arguments.of("a=b=c", Params.of("a", "b=c")),
                Arguments.of("q=hello+world", Params.of("q", "hello world")),
                Arguments.of("q=1%2B1%3D2", Params.of("q", "1+1=2")),
                Arguments.of("na+me=va%26lue", Params.of("na me", "va&lue")),
                Arguments.of("k%3Dx=v", Params.of("k=x", "v")),
                Arguments.of("city=Z%C3%BCrich", Params.of("city", "Z\u00FCrich")),
                Arguments.of("semi=a;b", Params.of("semi", "a;b")),
                Arguments.of("raw=\u00FC", Params.of("raw", "\u00FC")));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void textIsParsedIntoOrderedPairs(String text, Params expected) throws HttpException {
        assertEquals(expected, FormUrlEncoded.parse(text));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void bytesAreParsedLikeText(String text, Params expected) throws HttpException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, FormUrlEncoded.parse(body, StandardCharsets.UTF_8, 100));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("a=%", 400, "Invalid percent-encoding"),
                Arguments.of("a=%zz", 400, "Invalid percent-encoding"),
                Arguments.of("%4=x", 400, "Invalid percent-encoding"),
                Arguments.of("a=1&b=%C3%28", 400, "Invalid UTF-8 in percent-encoded text"),
                Arguments.of("a=%C0%AF", 400, "Invalid UTF-8 in percent-encoded text"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidTextIsRefusedWithItsStatus(String text, int status, String message) {
        HttpException e = assertThrows(HttpException.class, () -> FormUrlEncoded.parse(text));
        assertEquals(status, e.status());
        assertEquals(message, e.getMessage());
        HttpException b = assertThrows(HttpException.class,
                () -> FormUrlEncoded.parse(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 10));
        assertEquals(message, b.getMessage());
    }

    @Test
    void rawInvalidUtf8InABodyIsRefused() {
        byte[] body = {'a', '=', (byte) 0xC3, '('};
        HttpException e = assertThrows(HttpException.class,
                () -> FormUrlEncoded.parse(body, StandardCharsets.UTF_8, 10));
        assertEquals("Invalid UTF-8 in percent-encoded text", e.getMessage());
    }

    @Test
    void fieldsUpToTheLimitAreAccepted() throws HttpException {
        assertEquals(3, FormUrlEncoded.parse("a=1&b=2&c=3", StandardCharsets.UTF_8, 3).size());
        assertEquals(3, FormUrlEncoded.parse("a=1&&b=2&&&c=3&", StandardCharsets.UTF_8, 3).size());
    }

    @Test
    void oneFieldPastTheLimitIsA413() {
        HttpException e = assertThrows(HttpException.class,
                () -> FormUrlEncoded.parse("a=1&b=2&c=3&d", StandardCharsets.UTF_8, 3));
        assertEquals(413, e.status());
        assertEquals("Too many form fields", e.getMessage());
        HttpException b = assertThrows(HttpException.class,
                () -> FormUrlEncoded.parse("a&b&c&d".getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8, 3));
        assertEquals(413, b.status());
    }

    @Test
    void theDefaultLimitIsAThousandFields() throws HttpException {
        assertEquals(1000, FormUrlEncoded.parse("a&".repeat(1000)).size());
        HttpException e = assertThrows(HttpException.class, () -> FormUrlEncoded.parse("a&".repeat(1001)));
        assertEquals("Too many form fields", e.getMessage());
    }

    @Test
    void aLongTextOfPairsWithoutEqualsIsParsedInLinearTime() throws HttpException {
        String text = "x&".repeat(300_000);
        long start = System.nanoTime();
        assertEquals(300_000, FormUrlEncoded.parse(text, StandardCharsets.UTF_8, 1_000_000).size());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "quadratic scan");
    }

    @Test
    void latin1BodyIsDecodedInItsCharset() throws HttpException {
        Params p = FormUrlEncoded.parse("name=Jos%E9".getBytes(StandardCharsets.US_ASCII),
                StandardCharsets.ISO_8859_1, 10);
        assertEquals("Jos\u00E9", p.first("name"));
        assertEquals("Jos\u00E9", FormUrlEncoded.parse("name=Jos%E9", StandardCharsets.ISO_8859_1, 10).first("name"));
    }

    @Test
    void bodyIsReadFromAStream() throws IOException, HttpException {
        InputStream in = new ByteArrayInputStream("user=ann&tags=a&tags=b".getBytes(StandardCharsets.UTF_8));
        Params p = FormUrlEncoded.read(in);
        assertEquals("ann", p.first("user"));
        assertEquals(java.util.List.of("a", "b"), p.all("tags"));
    }

    @Test
    void bodyOfExactlyTheLimitIsAccepted() throws IOException, HttpException {
        InputStream in = new ByteArrayInputStream("a=12345".getBytes(StandardCharsets.UTF_8));
        assertEquals("12345", FormUrlEncoded.read(in, StandardCharsets.UTF_8, 10, 7).first("a"));
    }

    @Test
    void bodyPastTheLimitIsA413() {
        InputStream in = new ByteArrayInputStream("a=123456".getBytes(StandardCharsets.UTF_8));
        HttpException e = assertThrows(HttpException.class,
                () -> FormUrlEncoded.read(in, StandardCharsets.UTF_8, 10, 7));
        assertEquals(413, e.status());
        assertEquals("Form body too large", e.getMessage());
    }

    @Test
    void theDefaultBodyLimitIsTwoAndAHalfMebibytes() {
        assertEquals(2_621_440, FormUrlEncoded.DEFAULT_MAX_BYTES);
        InputStream in = new ByteArrayInputStream(new byte[FormUrlEncoded.DEFAULT_MAX_BYTES + 1]);
        HttpException e = assertThrows(HttpException.class, () -> FormUrlEncoded.read(in));
        assertEquals("Form body too large", e.getMessage());
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of(Params.of("a", "1", "b", "2"), "a=1&b=2"),
                Arguments.of(Params.of("q", "hello world", "op", "1+1=2"), "q=hello+world&op=1%2B1%3D2"),
                Arguments.of(Params.of("flag", "", "", "x"), "flag=&=x"),
                Arguments.of(Params.of("city", "Z\u00FCrich"), "city=Z%C3%BCrich"),
                Arguments.of(Params.of("a&b", "c=d"), "a%26b=c%3Dd"),
                Arguments.of(Params.empty(), ""));
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void pairsAreEncodedAndParseBack(Params params, String encoded) throws HttpException {
        assertEquals(encoded, FormUrlEncoded.encode(params));
        assertEquals(params, FormUrlEncoded.parse(encoded));
    }

    @Test
    void encodingInLatin1UsesItsBytes() {
        assertEquals("n=Jos%E9", FormUrlEncoded.encode(Params.of("n", "Jos\u00E9"), StandardCharsets.ISO_8859_1));
    }

    @Test
    void everyListOfPairsSurvivesEncodingAndParsing() throws HttpException {
        java.util.Random random = new java.util.Random(5);
        String[] pool = {"", "a", "b c", "x=y", "&", "+", "%", "caf\u00E9", "\u20AC", "\uD83D\uDE00", "a&b=c"};
        for (int round = 0; round < 2_000; round++) {
            Params.Builder b = Params.builder();
            for (int i = random.nextInt(6); i > 0; i--) {
                b.add(pool[random.nextInt(pool.length)], pool[random.nextInt(pool.length)]);
            }
            Params params = b.build();
            String encoded = FormUrlEncoded.encode(params);
            assertEquals(params, FormUrlEncoded.parse(encoded), encoded);
            assertEquals(params, FormUrlEncoded.parse(encoded.getBytes(StandardCharsets.US_ASCII),
                    StandardCharsets.UTF_8, 10));
        }
    }
}
