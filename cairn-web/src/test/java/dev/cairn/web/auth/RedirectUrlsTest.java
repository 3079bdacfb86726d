package dev.cairn.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which {@code next=} targets may be followed, against Django's own table of open-redirect attempts
 * ({@code tests/utils_tests/test_http.py}) and the ways browsers read URLs.
 */
class RedirectUrlsTest {

    private static final Set<String> HOSTS = Set.of("testserver");

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("another host", "http://example.com"),
                Arguments.of("another host over https", "https://example.com"),
                Arguments.of("another host, scheme-relative", "//example.com"),
                Arguments.of("three slashes (a host for browsers)", "///example.com"),
                Arguments.of("a scheme with no host (the host for browsers)", "http:///example.com"),
                Arguments.of("another scheme", "ftp://example.com"),
                Arguments.of("backslashes (slashes for browsers)", "\\\\example.com"),
                Arguments.of("three backslashes", "\\\\\\example.com"),
                Arguments.of("a slash and a backslash", "/\\example.com"),
                Arguments.of("a slash, a backslash, a slash", "/\\/example.com"),
                Arguments.of("a backslash and a slash", "\\/example.com"),
                Arguments.of("backslashes and slashes", "\\\\//example.com"),
                Arguments.of("a scheme, a slash and a backslash", "http:/\\//example.com"),
                Arguments.of("a scheme and a backslash", "http:\\/example.com"),
                Arguments.of("a scheme, slash, backslash", "http:/\\example.com"),
                Arguments.of("javascript:", "javascript:alert(\"XSS\")"),
                Arguments.of("javascript: in capitals", "JavaScript:alert(1)"),
                Arguments.of("a line break before javascript:", "\njavascript:alert(x)"),
                Arguments.of("a control character before //", "\b//example.com"),
                Arguments.of("a tab inside // (dropped by browsers)", "/\t/example.com"),
                Arguments.of("a line break inside //", "/\n/example.com"),
                Arguments.of("a C1 control character", "/\u0085/example.com"),
                Arguments.of("credentials on another host", "http://otherserver\\@example.com"),
                Arguments.of("our host as credentials", "http:\\\\testserver\\@example.com"),
                Arguments.of("our host and a password as credentials", "http://testserver\\me:pass@example.com"),
                Arguments.of("our host as a user", "http://testserver@example.com"),
                Arguments.of("our host as a backslashed user", "http://testserver\\@example.com"),
                Arguments.of("a scheme and a number", "http:999999999"),
                Arguments.of("another scheme and a number", "ftp:9999999999"),
                Arguments.of("only a line break", "\n"),
                Arguments.of("blank", "   "),
                Arguments.of("empty", ""),
                Arguments.of("an open IPv6 bracket", "http://[2001:cdba:0000:0000:0000:0000:3257:9652/"),
                Arguments.of("a closing IPv6 bracket alone", "http://2001:cdba:0000:0000:0000:0000:3257:9652]/"),
                Arguments.of("a host whose full-width slash NFKC makes a path", "//evil.com\uFF0F@testserver"),
                Arguments.of("data:", "data:text/html,<script>alert(1)</script>"),
                Arguments.of("our host on another port", "http://testserver:8080/"),
                Arguments.of("two slashes alone", "//"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void refused(String why, String url) {
        assertFalse(RedirectUrls.isSafe(url, HOSTS, false), url);
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of("a path whose query holds a URL", "/view/?param=http://example.com"),
                Arguments.of("a path whose query holds an https URL", "/view/?param=https://example.com"),
                Arguments.of("a path whose query holds an ftp URL", "/view?param=ftp://example.com"),
                Arguments.of("a relative path whose query holds //", "view/?param=//example.com"),
                Arguments.of("our host over https", "https://testserver/"),
                Arguments.of("our host, scheme in capitals", "HTTPS://testserver/"),
                Arguments.of("our host, scheme-relative", "//testserver/"),
                Arguments.of("our host, an address in the query", "http://testserver/confirm?email=me@example.com"),
                Arguments.of("a path with escaped spaces", "/url%20with%20spaces/"),
                Arguments.of("a relative path with a colon later", "path/http:2222222222"),
                Arguments.of("escaped slashes: a relative path, once decoded", "%2F%2Fevil.com"),
                Arguments.of("a query only", "?page=2"),
                Arguments.of("a fragment only", "#top"),
                Arguments.of("surrounding spaces are stripped", "  /orders/  "),
                Arguments.of("non-ASCII in the path", "/café/"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void allowed(String why, String url) {
        assertTrue(RedirectUrls.isSafe(url, HOSTS, false), url);
    }

    static Stream<Arguments> overHttps() {
        return Stream.of(
                Arguments.of("https://testserver/", true),
                Arguments.of("HTTPS://testserver/", true),
                Arguments.of("http://testserver/", false),
                Arguments.of("//testserver/", false),
                Arguments.of("/relative/", true));
    }

    @ParameterizedTest(name = "{0} over HTTPS: {1}")
    @MethodSource
    void overHttps(String url, boolean safe) {
        assertEquals(safe, RedirectUrls.isSafe(url, HOSTS, true));
    }

    @Test
    void aNullTargetIsRefused() {
        assertFalse(RedirectUrls.isSafe(null, HOSTS, false));
    }

    @Test
    void anotherAllowedHostIsAllowed() {
        assertTrue(RedirectUrls.isSafe("https://accounts.example.com/", Set.of("testserver", "accounts.example.com"),
                false));
        assertFalse(RedirectUrls.isSafe("https://Accounts.example.com/", Set.of("accounts.example.com"), false),
                "compared as written: an unexpected spelling is refused, never the other way round");
    }

    static Stream<Arguments> asUris() {
        return Stream.of(
                Arguments.of("/orders/?page=2", "/orders/?page=2"),
                Arguments.of("/café/", "/caf%C3%A9/"),
                Arguments.of("/a b/", "/a%20b/"),
                Arguments.of("/already%20escaped/", "/already%20escaped/"),
                Arguments.of("/<tag>/", "/%3Ctag%3E/"),
                Arguments.of("/\uD83D\uDE00/", "/%F0%9F%98%80/"));
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @MethodSource
    void asUris(String url, String uri) {
        assertEquals(uri, RedirectUrls.toUri(url));
    }
}
