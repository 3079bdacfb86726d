package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link SetCookie#parse(String)}: reading a header the way a browser does (RFC 6265 §5.2). */
class SetCookieParseTest {

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("sid=abc", "sid=abc"),
                Arguments.of(" sid = abc ", "sid=abc"),
                Arguments.of("sid=", "sid="),
                Arguments.of("q=\"quoted\"", "q=\"quoted\""),
                Arguments.of("sid=abc; Path=/; HttpOnly", "sid=abc; Path=/; HttpOnly"),
                Arguments.of("sid=abc;path=/;httponly;SECURE", "sid=abc; Path=/; Secure; HttpOnly"),
                Arguments.of("sid=abc; Expires=Sun, 06 Nov 1994 08:49:37 GMT",
                        "sid=abc; Expires=Sun, 06 Nov 1994 08:49:37 GMT"),
                Arguments.of("sid=abc; expires=Sunday, 06-Nov-94 08:49:37 GMT",
                        "sid=abc; Expires=Sun, 06 Nov 1994 08:49:37 GMT"),
                Arguments.of("sid=abc; Expires=tomorrow", "sid=abc"),
                Arguments.of("sid=abc; Max-Age=3600", "sid=abc; Max-Age=3600"),
                Arguments.of("sid=abc; Max-Age=-1", "sid=abc; Max-Age=0"),
                Arguments.of("sid=abc; Max-Age=12x", "sid=abc"),
                Arguments.of("sid=abc; Max-Age=", "sid=abc"),
                Arguments.of("sid=abc; Max-Age=-", "sid=abc"),
                Arguments.of("sid=abc; Max-Age=+5", "sid=abc"),
                Arguments.of("sid=abc; Max-Age=99999999999999999999999", "sid=abc; Max-Age=9223372036854775807"),
                Arguments.of("sid=abc; Domain=.Example.COM", "sid=abc; Domain=example.com"),
                Arguments.of("sid=abc; Domain=", "sid=abc"),
                Arguments.of("sid=abc; Path=relative", "sid=abc"),
                Arguments.of("sid=abc; Path=/a; Path=/b", "sid=abc; Path=/b"),
                Arguments.of("sid=abc; SameSite=lax", "sid=abc; SameSite=Lax"),
                Arguments.of("sid=abc; SameSite=STRICT", "sid=abc; SameSite=Strict"),
                Arguments.of("sid=abc; SameSite=None; Secure", "sid=abc; Secure; SameSite=None"),
                Arguments.of("sid=abc; SameSite=sometimes", "sid=abc"),
                Arguments.of("sid=abc; Secure; Partitioned", "sid=abc; Secure; Partitioned"),
                Arguments.of("sid=abc; Priority=High; Comment=x; ;", "sid=abc"),
                Arguments.of("sid=abc; Max-Age=60; Expires=Sun, 06 Nov 1994 08:49:37 GMT",
                        "sid=abc; Expires=Sun, 06 Nov 1994 08:49:37 GMT; Max-Age=60"));
    }

    @ParameterizedTest
    @MethodSource("headers")
    void headerIsReadAsABrowserWouldStoreIt(String header, String normalized) {
        assertEquals(normalized, SetCookie.parse(header).toHeaderValue());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("novalue", "Set-Cookie has no name=value pair before its attributes (RFC 6265 §5.2 "
                        + "step 2)"),
                Arguments.of("novalue; Path=/a=b", "Set-Cookie has no name=value pair before its attributes "
                        + "(RFC 6265 §5.2 step 2)"),
                Arguments.of("=abc", "Cookie name must not be empty (RFC 6265 §4.1.1)"),
                Arguments.of("sid=abc; SameSite=None", "Cookie 'sid' has SameSite=None, which requires Secure: "
                        + "browsers reject it otherwise (RFC 6265bis §4.1.2.7); call secure(true)"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void headerABrowserWouldDropIsRefused(String header, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SetCookie.parse(header));
        assertEquals(message, e.getMessage());
    }

    @Test
    void parsedAttributesAreReadable() {
        SetCookie c = SetCookie.parse("id=7; Max-Age=10; Expires=Sun, 06 Nov 1994 08:49:37 GMT; Path=/x");
        assertEquals("id", c.name());
        assertEquals("7", c.value());
        assertEquals(Duration.ofSeconds(10), c.maxAge());
        assertEquals(Instant.parse("1994-11-06T08:49:37Z"), c.expires());
        assertEquals("/x", c.path());
    }

    @Test
    void everyFormattedCookieReadsBackEqual() {
        SetCookie c = SetCookie.builder("sid", "abc").expires(Instant.parse("2031-02-03T04:05:06Z")).maxAge(60)
                .domain("example.com").path("/").secure(true).httpOnly(true).sameSite(SetCookie.SameSite.NONE)
                .partitioned(true).build();
        assertEquals(c, SetCookie.parse(c.toHeaderValue()));
        assertEquals(SetCookie.delete("x"), SetCookie.parse(SetCookie.delete("x").toHeaderValue()));
    }
}
