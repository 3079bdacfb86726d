package dev.cairn.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.http.Headers;
import dev.cairn.server.TrustedProxies;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProxyHeadersTest {
    private static final TrustedProxies NGINX = TrustedProxies.of("127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8",
            "unix");

    private static SocketAddress peer(String ip) {
        return new InetSocketAddress(InetAddress.ofLiteral(ip), 50_000);
    }

    private static Arguments row(String peer, boolean secure, TrustedProxies trusted, Headers headers, String scheme,
            String client) {
        return Arguments.of(peer.equals("unix") ? UnixDomainSocketAddress.of("") : peer(peer), secure, trusted,
                headers, scheme, client);
    }

    private static Headers h(String... namesAndValues) {
        return Headers.of(namesAndValues);
    }

    static Stream<Arguments> untrusted() {
        Headers spoofed = h("Forwarded", "for=1.2.3.4;proto=https", "X-Forwarded-For", "1.2.3.4",
                "X-Forwarded-Proto", "https");
        return Stream.of(
                row("203.0.113.9", false, TrustedProxies.none(), spoofed, "http", "203.0.113.9:50000"),
                row("203.0.113.9", true, TrustedProxies.none(), spoofed, "https", "203.0.113.9:50000"),
                row("203.0.113.9", false, NGINX, spoofed, "http", "203.0.113.9:50000"),
                row("127.0.0.1", false, null, spoofed, "http", "127.0.0.1:50000"),
                row("::1", false, TrustedProxies.of("127.0.0.1"), spoofed, "http", "[::1]:50000"),
                row("2001:db8:0:0:0:0:0:1", false, NGINX, spoofed, "http", "[2001:db8::1]:50000"),
                row("unix", false, TrustedProxies.of("127.0.0.1"), spoofed, "http", "unix"),
                row("127.0.0.1", false, NGINX, h(), "http", "127.0.0.1:50000"),
                row("unix", true, NGINX, h(), "https", "unix"));
    }

    @ParameterizedTest(name = "{0} trusted={2}")
    @MethodSource("untrusted")
    void anUntrustedPeerOrNoHeadersLeavesTheConnectionsOwnSchemeAndClient(SocketAddress peer, boolean secure,
            TrustedProxies trusted, Headers headers, String scheme, String client) {
        assertEquals(new ProxyHeaders.Resolved(scheme, client), ProxyHeaders.resolve(peer, secure, headers, trusted));
    }

    static Stream<Arguments> xForwarded() {
        return Stream.of(
                // One proxy: nginx appends the address it saw.
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https"),
                        "https", "203.0.113.9"),
                row("unix", false, NGINX, h("X-Forwarded-For", "203.0.113.9"), "http", "203.0.113.9"),
                // The client's own X-Forwarded-For is on the left: the walk stops before it.
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "6.6.6.6, 203.0.113.9"), "http", "203.0.113.9"),
                // Trusted hops on the right are skipped.
                row("10.0.0.1", false, NGINX, h("X-Forwarded-For", "6.6.6.6, 203.0.113.9, 10.0.0.2, 10.0.0.3"),
                        "http", "203.0.113.9"),
                row("10.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9, fd00::2"), "http", "203.0.113.9"),
                // Every hop trusted: the leftmost counts.
                row("10.0.0.1", false, NGINX, h("X-Forwarded-For", "10.0.0.3, 10.0.0.2"), "http", "10.0.0.3"),
                // Several lines form one list, in order.
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "6.6.6.6", "X-Forwarded-For", "203.0.113.9"),
                        "http", "203.0.113.9"),
                // IPv6, bare or bracketed, and ports.
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "2001:DB8:0:0::1"), "http", "2001:db8::1"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "[2001:db8::1]:4711"), "http",
                        "[2001:db8::1]:4711"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "[2001:db8::1]"), "http", "2001:db8::1"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9:4711"), "http", "203.0.113.9:4711"),
                // Garbage or a hidden hop where the client should be: the client stays the peer.
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "unknown"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "<script>"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9, garbage, 10.0.0.2"), "http",
                        "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9,,10.0.0.2"), "http",
                        "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", ""), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "1.2.3"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9:99999"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "[203.0.113.9]"), "http", "127.0.0.1:50000"),
                // Garbage further left than the client does not matter.
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "garbage, 203.0.113.9"), "http", "203.0.113.9"),
                // X-Forwarded-Proto: http or https only, any case; alone it still counts.
                row("127.0.0.1", false, NGINX, h("X-Forwarded-Proto", "HTTPS"), "https", "127.0.0.1:50000"),
                row("127.0.0.1", true, NGINX, h("X-Forwarded-Proto", "http"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("X-Forwarded-Proto", "ftp"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", true, NGINX, h("X-Forwarded-Proto", "javascript:alert(1)"), "https",
                        "127.0.0.1:50000"),
                // Two proxies appended to both lists: the proto in the client's position counts.
                row("10.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9, 10.0.0.2", "X-Forwarded-Proto",
                        "https, http"), "https", "203.0.113.9"),
                // Lists of different lengths: the nearest proxy's (rightmost) proto counts.
                row("10.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9, 10.0.0.2", "X-Forwarded-Proto",
                        "https"), "https", "203.0.113.9"),
                row("10.0.0.1", false, NGINX, h("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto",
                        "http, https"), "https", "203.0.113.9"));
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @MethodSource("xForwarded")
    void xForwardedForIsWalkedFromTheRightPastTrustedProxies(SocketAddress peer, boolean secure,
            TrustedProxies trusted, Headers headers, String scheme, String client) {
        assertEquals(new ProxyHeaders.Resolved(scheme, client), ProxyHeaders.resolve(peer, secure, headers, trusted));
    }

    static Stream<Arguments> forwarded() {
        return Stream.of(
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=203.0.113.9;proto=https"), "https", "203.0.113.9"),
                // Names are case-insensitive; values may be quoted.
                row("127.0.0.1", false, NGINX, h("Forwarded", "For=\"203.0.113.9\";PROTO=\"HTTPS\""), "https",
                        "203.0.113.9"),
                // IPv6 and ports as RFC 7239 writes them, quoted.
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=\"[2001:db8:cafe::17]:4711\""), "http",
                        "[2001:db8:cafe::17]:4711"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=\"[2001:db8:cafe::17]\""), "http",
                        "2001:db8:cafe::17"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=\"203.0.113.9:_hidden\""), "http", "203.0.113.9"),
                // Lenient: unquoted address with a port.
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=203.0.113.9:4711"), "http", "203.0.113.9:4711"),
                // X-Forwarded-For (what nginx sets) wins over a Forwarded that nginx passes through untouched.
                row("127.0.0.1", false, NGINX, h("X-Forwarded-For", "198.51.100.1", "X-Forwarded-Proto", "https",
                        "Forwarded", "for=203.0.113.9"), "https", "198.51.100.1"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=6.6.6.6;proto=http", "X-Forwarded-For",
                        "203.0.113.9"), "http", "203.0.113.9"),
                // Chains: walked from the right past trusted proxies; proto from the chosen element.
                row("10.0.0.1", false, NGINX, h("Forwarded", "for=6.6.6.6;proto=http, for=203.0.113.9;proto=https, "
                        + "for=10.0.0.2;proto=http"), "https", "203.0.113.9"),
                row("10.0.0.1", false, NGINX, h("Forwarded", "for=203.0.113.9;proto=https", "Forwarded",
                        "for=10.0.0.2"), "https", "203.0.113.9"),
                row("10.0.0.1", false, NGINX, h("Forwarded", "for=10.0.0.3;proto=https, for=10.0.0.2"), "https",
                        "10.0.0.3"),
                // Obfuscated or unknown where the client should be: the client stays the peer, proto still counts.
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=_hidden;proto=https"), "https", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=unknown"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "proto=https;by=10.0.0.1"), "https", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=6.6.6.6, for=unknown, for=10.0.0.2"), "http",
                        "127.0.0.1:50000"),
                // Quoted commas and semicolons do not split.
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=203.0.113.9;ext=\"a,b;c\\\"d\";proto=https"),
                        "https", "203.0.113.9"),
                // Empty list elements and pairs are skipped.
                row("127.0.0.1", false, NGINX, h("Forwarded", ", for=203.0.113.9;;proto=https ,"), "https",
                        "203.0.113.9"),
                // A proto other than http or https is ignored.
                row("127.0.0.1", true, NGINX, h("Forwarded", "for=203.0.113.9;proto=gopher"), "https", "203.0.113.9"),
                // Malformed Forwarded is ignored as if absent: X-Forwarded-* then count.
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=203.0.113.9;for=198.51.100.1", "X-Forwarded-For",
                        "198.51.100.2"), "http", "198.51.100.2"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=\"203.0.113.9", "X-Forwarded-Proto", "https"),
                        "https", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for="), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=a b"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for = 203.0.113.9"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=\"bad\u0001\""), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "=x"), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", ""), "http", "127.0.0.1:50000"),
                // Well-formed but not an address: the client stays the peer.
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=\"[203.0.113.9\""), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=\"[::1]x\""), "http", "127.0.0.1:50000"),
                row("127.0.0.1", false, NGINX, h("Forwarded", "for=example.com"), "http", "127.0.0.1:50000"));
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @MethodSource("forwarded")
    void forwardedCountsWithoutXForwardedForAndIsReadAsRfc7239Says(SocketAddress peer, boolean secure,
            TrustedProxies trusted,
            Headers headers, String scheme, String client) {
        assertEquals(new ProxyHeaders.Resolved(scheme, client), ProxyHeaders.resolve(peer, secure, headers, trusted));
    }

    @Test
    void aHugeChainOfGarbageResolvesQuicklyToThePeer() {
        String chain = "x,".repeat(100_000) + "10.0.0.2";
        ProxyHeaders.Resolved r = ProxyHeaders.resolve(peer("10.0.0.1"), false, h("X-Forwarded-For", chain), NGINX);
        assertEquals(new ProxyHeaders.Resolved("http", "10.0.0.1:50000"), r);
    }
}
