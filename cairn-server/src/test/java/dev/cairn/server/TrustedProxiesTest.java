package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrustedProxiesTest {

    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("127.0.0.1", "127.0.0.1", true),
                Arguments.of("127.0.0.1", "127.0.0.2", false),
                Arguments.of("10.0.0.0/8", "10.255.3.4", true),
                Arguments.of("10.0.0.0/8", "11.0.0.1", false),
                Arguments.of("172.16.0.0/12", "172.31.255.255", true),
                Arguments.of("172.16.0.0/12", "172.32.0.0", false),
                Arguments.of("192.168.1.128/25", "192.168.1.200", true),
                Arguments.of("192.168.1.128/25", "192.168.1.127", false),
                Arguments.of("0.0.0.0/0", "203.0.113.9", true),
                Arguments.of("0.0.0.0/0", "::1", false),
                Arguments.of("::1", "::1", true),
                Arguments.of("::1", "127.0.0.1", false),
                Arguments.of("fd00::/8", "fd12:3456::1", true),
                Arguments.of("fd00::/8", "fe80::1", false),
                Arguments.of("2001:db8::/32", "2001:db8:ffff::1", true),
                Arguments.of("2001:db8::/33", "2001:db8:8000::1", false),
                Arguments.of("::/0", "2001:db8::1", true),
                Arguments.of("::ffff:10.0.0.0/104", "10.1.2.3", true),
                Arguments.of("::ffff:10.0.0.0/104", "11.1.2.3", false),
                Arguments.of("10.0.0.1", "::ffff:10.0.0.1", true),
                Arguments.of("127.0.0.1, 10.0.0.0/8", "10.0.0.7", true),
                Arguments.of("unix", "127.0.0.1", false));
    }

    @ParameterizedTest(name = "{0} trusts {1}: {2}")
    @MethodSource("matches")
    void addressesAndBlocksMatchByPrefix(String entries, String address, boolean expected) {
        TrustedProxies trusted = TrustedProxies.of(entries);
        assertEquals(expected, trusted.trusts(InetAddress.ofLiteral(address)));
        assertEquals(expected, trusted.trusts(new InetSocketAddress(InetAddress.ofLiteral(address), 4711)));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("", "'': not an IP address"),
                Arguments.of("localhost", "'localhost': not an IP address"),
                Arguments.of("proxy.example.com", "not an IP address"),
                Arguments.of("1.2.3", "'1.2.3': not an IP address"),
                Arguments.of("010.0.0.1", "not an IP address"),
                Arguments.of("256.0.0.1", "not an IP address"),
                Arguments.of("[::1]", "not an IP address"),
                Arguments.of("fe80::1%eth0", "not an IP address"),
                Arguments.of("10.0.0.0/", "the prefix length after '/' is not a number"),
                Arguments.of("10.0.0.0/x", "the prefix length after '/' is not a number"),
                Arguments.of("10.0.0.0/33", "the prefix length must be 0 to 32 for an IPv4 address"),
                Arguments.of("fd00::/129", "the prefix length must be 0 to 128 for an IPv6 address"),
                Arguments.of("10.0.0.1/8", "did you mean 10.0.0.0/8?"),
                Arguments.of("fd00::1/8", "did you mean fd00::/8?"),
                Arguments.of("127.0.0.1 ; 10.0.0.0/8", "not an IP address"));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @MethodSource("invalid")
    void invalidEntriesAreRefusedWithTheEntryAndWhatIsExpected(String entry, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(entry));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("expected an IP address (127.0.0.1, ::1), a CIDR block (10.0.0.0/8, "
                + "fd00::/8) or the word unix"), e.getMessage());
    }

    @Test
    void unixTrustsEveryUnixSocketPeerAndNothingElse() {
        TrustedProxies unix = TrustedProxies.of("unix");
        assertTrue(unix.trusts(UnixDomainSocketAddress.of("")));
        assertFalse(unix.trusts(new InetSocketAddress(InetAddress.getLoopbackAddress(), 80)));
        assertFalse(TrustedProxies.of("127.0.0.1").trusts(UnixDomainSocketAddress.of("")));
        assertTrue(TrustedProxies.of("UNIX").trusts(UnixDomainSocketAddress.of("/run/cairn.sock")));
    }

    @Test
    void noneTrustsNoOneAndIsTheDefaultForAnEmptyList() {
        TrustedProxies none = TrustedProxies.none();
        assertTrue(none.isNone());
        assertFalse(none.trusts(new InetSocketAddress(InetAddress.getLoopbackAddress(), 80)));
        assertFalse(none.trusts(UnixDomainSocketAddress.of("")));
        assertFalse(none.trusts((java.net.SocketAddress) null));
        assertSame(none, TrustedProxies.of());
        assertSame(none, TrustedProxies.of(" , "));
    }

    @Test
    void anUnresolvedPeerIsNotTrusted() {
        assertFalse(TrustedProxies.of("0.0.0.0/0").trusts(InetSocketAddress.createUnresolved("10.0.0.1", 80)));
    }

    @Test
    void entriesAreKeptAsGivenOnePerItemAndCompareEqual() {
        TrustedProxies t = TrustedProxies.of("127.0.0.1, ::1", "unix");
        assertEquals(List.of("127.0.0.1", "::1", "unix"), t.entries());
        assertEquals("TrustedProxies[127.0.0.1, ::1, unix]", t.toString());
        assertEquals(TrustedProxies.of("127.0.0.1", "::1", "unix"), t);
        assertEquals(TrustedProxies.of("127.0.0.1", "::1", "unix").hashCode(), t.hashCode());
    }
}
