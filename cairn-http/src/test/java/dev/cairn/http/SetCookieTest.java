package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SetCookieTest {
    private static final Instant NOV_1994 = Instant.parse("1994-11-06T08:49:37Z");

    static Stream<Arguments> formatted() {
        return Stream.of(
                Arguments.of(SetCookie.of("sid", "abc"), "sid=abc"),
                Arguments.of(SetCookie.of("sid", ""), "sid="),
                Arguments.of(SetCookie.of("q", "\"a=b\""), "q=\"a=b\""),
                Arguments.of(b().expires(NOV_1994).build(), "sid=abc; Expires=Sun, 06 Nov 1994 08:49:37 GMT"),
                Arguments.of(b().maxAge(Duration.ofHours(1)).build(), "sid=abc; Max-Age=3600"),
                Arguments.of(b().maxAge(Duration.ofMillis(1999)).build(), "sid=abc; Max-Age=1"),
                Arguments.of(b().maxAge(0).build(), "sid=abc; Max-Age=0"),
                Arguments.of(b().maxAge(-5).build(), "sid=abc; Max-Age=0"),
                Arguments.of(b().domain("example.com").build(), "sid=abc; Domain=example.com"),
                Arguments.of(b().path("/app").build(), "sid=abc; Path=/app"),
                Arguments.of(b().secure(true).build(), "sid=abc; Secure"),
                Arguments.of(b().httpOnly(true).build(), "sid=abc; HttpOnly"),
                Arguments.of(b().sameSite(SetCookie.SameSite.STRICT).build(), "sid=abc; SameSite=Strict"),
                Arguments.of(b().sameSite(SetCookie.SameSite.LAX).build(), "sid=abc; SameSite=Lax"),
                Arguments.of(b().sameSite(SetCookie.SameSite.NONE).secure(true).build(),
                        "sid=abc; Secure; SameSite=None"),
                Arguments.of(b().partitioned(true).secure(true).build(), "sid=abc; Secure; Partitioned"),
                Arguments.of(b().partitioned(true).secure(true).sameSite(SetCookie.SameSite.LAX).httpOnly(true)
                        .path("/").domain("example.com").maxAge(60).expires(NOV_1994).build(),
                        "sid=abc; Expires=Sun, 06 Nov 1994 08:49:37 GMT; Max-Age=60; Domain=example.com; Path=/; "
                                + "Secure; HttpOnly; SameSite=Lax; Partitioned"),
                Arguments.of(SetCookie.builder("__Secure-id", "1").secure(true).build(), "__Secure-id=1; Secure"),
                Arguments.of(SetCookie.builder("__Host-id", "1").secure(true).path("/").build(),
                        "__Host-id=1; Path=/; Secure"));
    }

    private static SetCookie.Builder b() {
        return SetCookie.builder("sid", "abc");
    }

    @ParameterizedTest
    @MethodSource("formatted")
    void everyAttributeIsWrittenInAFixedOrder(SetCookie cookie, String expected) {
        assertEquals(expected, cookie.toHeaderValue());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of((Supplier<?>) () -> SetCookie.of("", "x"),
                        "Cookie name must not be empty (RFC 6265 §4.1.1)"),
                Arguments.of((Supplier<?>) () -> SetCookie.of("a b", "x"),
                        "Cookie name must be a token (RFC 6265 §4.1.1, RFC 9110 §5.6.2): found 0x20 at index 1"),
                Arguments.of((Supplier<?>) () -> SetCookie.of("a;", "x"),
                        "Cookie name must be a token (RFC 6265 §4.1.1, RFC 9110 §5.6.2): found 0x3B at index 1"),
                Arguments.of((Supplier<?>) () -> SetCookie.of("a=b", "x"),
                        "Cookie name must be a token (RFC 6265 §4.1.1, RFC 9110 §5.6.2): found 0x3D at index 1"),
                Arguments.of((Supplier<?>) () -> SetCookie.of("na\u00EFve", "x"),
                        "Cookie name must be a token (RFC 6265 §4.1.1, RFC 9110 §5.6.2): found 0xEF at index 2"),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "a b"), valueRule("0x20", 1)),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "a;b"), valueRule("0x3B", 1)),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "a,b"), valueRule("0x2C", 1)),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "a\\b"), valueRule("0x5C", 1)),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "\"ab"), valueRule("0x22", 0)),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "\"a\"b\""), valueRule("0x22", 2)),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "\"a b\""), valueRule("0x20", 2)),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "caf\u00E9"), valueRule("0xE9", 3)),
                Arguments.of((Supplier<?>) () -> SetCookie.of("sid", "a\u0007"), valueRule("0x07", 1)),
                Arguments.of((Supplier<?>) () -> b().domain("").build(),
                        "Domain of cookie 'sid' must not be empty; leave it unset instead"),
                Arguments.of((Supplier<?>) () -> b().path("").build(),
                        "Path of cookie 'sid' must not be empty; leave it unset instead"),
                Arguments.of((Supplier<?>) () -> b().domain("a.com; Secure").build(),
                        "Domain of cookie 'sid' must not hold ';', control or non-ASCII chars (RFC 6265 §4.1.1): "
                                + "found 0x3B at index 5"),
                Arguments.of((Supplier<?>) () -> b().path("/a\r\nX: y").build(),
                        "Path of cookie 'sid' must not hold ';', control or non-ASCII chars (RFC 6265 §4.1.1): "
                                + "found 0x0D at index 2"),
                Arguments.of((Supplier<?>) () -> b().sameSite(SetCookie.SameSite.NONE).build(),
                        "Cookie 'sid' has SameSite=None, which requires Secure: browsers reject it otherwise "
                                + "(RFC 6265bis §4.1.2.7); call secure(true)"),
                Arguments.of((Supplier<?>) () -> b().partitioned(true).build(),
                        "Cookie 'sid' is Partitioned, which requires Secure: browsers reject it otherwise (CHIPS); "
                                + "call secure(true)"),
                Arguments.of((Supplier<?>) () -> SetCookie.of("__Secure-id", "1"),
                        "Cookie '__Secure-id' has a __Secure- or __Host- prefix, which requires Secure "
                                + "(RFC 6265bis §4.1.3); call secure(true)"),
                Arguments.of((Supplier<?>) () -> SetCookie.builder("__Host-id", "1").path("/").build(),
                        "Cookie '__Host-id' has a __Secure- or __Host- prefix, which requires Secure "
                                + "(RFC 6265bis §4.1.3); call secure(true)"),
                Arguments.of((Supplier<?>) () -> SetCookie.builder("__Host-id", "1").secure(true).build(),
                        "Cookie '__Host-id' has the __Host- prefix, which requires Path=/ and no Domain "
                                + "(RFC 6265bis §4.1.3.2)"),
                Arguments.of((Supplier<?>) () -> SetCookie.builder("__host-id", "1").secure(true).path("/")
                        .domain("a.com").build(),
                        "Cookie '__host-id' has the __Host- prefix, which requires Path=/ and no Domain "
                                + "(RFC 6265bis §4.1.3.2)"),
                Arguments.of((Supplier<?>) () -> b().expires(Instant.parse("+10000-01-01T00:00:00Z")).build(),
                        "An HTTP date holds the years 0000 to 9999; +10000-01-01T00:00:00Z is outside them"));
    }

    private static String valueRule(String found, int index) {
        return "Value of cookie 'sid' must be cookie-octets, optionally in DQUOTEs (RFC 6265 §4.1.1): no "
                + "whitespace, DQUOTE, comma, semicolon, backslash, control or non-ASCII char; percent-encode or "
                + "Base64 it. Found " + found + " at index " + index;
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidCookieIsRefusedNamingTheRule(Supplier<?> build, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
        assertEquals(message, e.getMessage());
    }

    @Test
    void errorMessagesNeverRepeatTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SetCookie.of("sid", "s3cret token"));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void deleteExpiresTheCookieAtTheRootPath() {
        SetCookie c = SetCookie.delete("sid");
        assertEquals("sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/", c.toHeaderValue());
        assertEquals(Duration.ZERO, c.maxAge());
        assertEquals(Instant.EPOCH, c.expires());
    }

    @Test
    void deleteOfAPrefixedCookieIsSecureSoTheBrowserAcceptsIt() {
        assertEquals("__Host-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Secure",
                SetCookie.delete("__Host-sid").toHeaderValue());
        assertTrue(SetCookie.delete("__Secure-x").secure());
    }

    @Test
    void deleteForAnotherDomainAndPathGoesThroughToBuilder() {
        SetCookie c = SetCookie.delete("sid").toBuilder().path("/app").domain("example.com").build();
        assertEquals("sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Domain=example.com; Path=/app",
                c.toHeaderValue());
    }

    @Test
    void accessorsReturnWhatWasBuilt() {
        SetCookie c = b().expires(NOV_1994).maxAge(60).domain("d.com").path("/p").secure(true).httpOnly(true)
                .sameSite(SetCookie.SameSite.NONE).partitioned(true).build();
        assertEquals("sid", c.name());
        assertEquals("abc", c.value());
        assertEquals(NOV_1994, c.expires());
        assertEquals(Duration.ofSeconds(60), c.maxAge());
        assertEquals("d.com", c.domain());
        assertEquals("/p", c.path());
        assertTrue(c.secure() && c.httpOnly() && c.partitioned());
        assertEquals(SetCookie.SameSite.NONE, c.sameSite());
        assertEquals(c, c.toBuilder().build());
        assertEquals(c.hashCode(), c.toBuilder().build().hashCode());
    }

    @Test
    void unsetAttributesAreNullOrFalse() {
        SetCookie c = SetCookie.of("a", "b");
        assertNull(c.expires());
        assertNull(c.maxAge());
        assertNull(c.domain());
        assertNull(c.path());
        assertNull(c.sameSite());
        assertFalse(c.secure() || c.httpOnly() || c.partitioned());
    }

    @Test
    void toStringRedactsTheValue() {
        SetCookie c = b().path("/").httpOnly(true).build();
        assertEquals("sid=[redacted]; Path=/; HttpOnly", c.toString());
    }

    @Test
    void nullNameOrValueIsRefused() {
        assertThrows(NullPointerException.class, () -> SetCookie.builder(null, "x"));
        assertThrows(NullPointerException.class, () -> SetCookie.builder("x", null));
    }
}
