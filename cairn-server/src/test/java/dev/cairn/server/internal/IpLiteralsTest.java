package dev.cairn.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

    static Stream<Arguments> canonical() {
        return Stream.of(
                Arguments.of("192.0.2.1", "192.0.2.1"),
                Arguments.of("0.0.0.0", "0.0.0.0"),
                Arguments.of("255.255.255.255", "255.255.255.255"),
                Arguments.of("::1", "::1"),
                Arguments.of("0:0:0:0:0:0:0:1", "::1"),
                Arguments.of("::", "::"),
                Arguments.of("2001:DB8:0:0:0:0:0:1", "2001:db8::1"),
                Arguments.of("2001:0db8:0000:0000:0001:0000:0000:0001", "2001:db8::1:0:0:1"),
                Arguments.of("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
                Arguments.of("1:0:0:2:0:0:0:3", "1:0:0:2::3"),
                Arguments.of("1:0:0:2:0:0:3:4", "1::2:0:0:3:4"),
                Arguments.of("fe80::", "fe80::"),
                Arguments.of("::ffff:192.0.2.1", "192.0.2.1"),
                Arguments.of("::192.0.2.1", "::c000:201"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("canonical")
    void literalsParseWithoutDnsAndPrintInRfc5952Form(String literal, String expected) {
        assertEquals(expected, IpLiterals.text(IpLiterals.parse(literal)));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.256", "1.2.3.-1", "1.2.3.4 ", " 1.2.3.4",
            "0x7f.0.0.1", "localhost", "[::1]", "fe80::1%eth0", "1:2:3:4:5:6:7:8:9", "2001:db8::g", ":::", "1.2.3.4/8",
            "１.2.3.4", "１::1"})
    void anythingButAStrictLiteralIsRefused(String text) {
        assertNull(IpLiterals.parse(text));
    }

    @Test
    void theZoneOfAPeerIsLeftOut() throws Exception {
        InetAddress scoped = InetAddress.getByName("fe80::1%1");
        assertEquals("fe80::1", IpLiterals.text(scoped));
    }
}
