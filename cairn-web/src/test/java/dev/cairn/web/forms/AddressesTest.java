package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The syntax checks behind the email and URL fields, case by case. */
class AddressesTest {
    static Stream<Arguments> emails() {
        return Stream.of(
                Arguments.of("simple@example.com", true),
                Arguments.of("very.common@example.com", true),
                Arguments.of("x@example.com", true),
                Arguments.of("long.email-address-with-hyphens@and.subdomains.example.com", true),
                Arguments.of("user.name+tag+sorting@example.com", true),
                Arguments.of("name/surname@example.com", true),
                Arguments.of("example@s.example", true),
                Arguments.of("mailhost!username@example.org", true),
                Arguments.of("user%example.com@example.org", true),
                Arguments.of("user@localhost", true),
                Arguments.of("user@[IPv6:2001:db8::1]", false),
                Arguments.of("user@[2001:db8::1]", true),
                Arguments.of("user@[300.1.1.1]", false),
                Arguments.of("Abc.example.com", false),
                Arguments.of("A@b@c@example.com", false),
                Arguments.of("just\"not\"right@example.com", false),
                Arguments.of("this is\"not\\allowed@example.com", false),
                Arguments.of("i.like.underscores@but_they_are_not_allowed_in_this_part", false),
                Arguments.of("trailing@example.com.", false),
                Arguments.of("user@example.com\n", false),
                Arguments.of("user@" + "a".repeat(64) + ".com", false),
                Arguments.of("user@" + "a".repeat(63) + ".com", true),
                Arguments.of("a".repeat(300) + "@" + "b".repeat(30) + ".com", false));
    }

    @ParameterizedTest
    @MethodSource
    void emails(String address, boolean valid) {
        assertEquals(valid, Addresses.isEmail(address), address);
    }

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("http://example.com", true),
                Arguments.of("http://example.com/", true),
                Arguments.of("http://www.example.com:8000/test", true),
                Arguments.of("https://example.com/a%20b?x=1&y=2#top", true),
                Arguments.of("http://valid-with-hyphens.com/", true),
                Arguments.of("http://subdomain.example.co.uk/", true),
                Arguments.of("http://200.8.9.10/", true),
                Arguments.of("http://200.8.9.10:8000/test", true),
                Arguments.of("http://[::1]/", true),
                Arguments.of("http://[2001:db8:85a3::8a2e:370:7334]:443/", true),
                Arguments.of("http://localhost/", true),
                Arguments.of("http://user:pass@example.com:8080/", true),
                Arguments.of("http://xn--bcher-kva.de/", true),
                Arguments.of("http://example.com:65535/", true),
                Arguments.of("http://example.com:123456/", false),
                Arguments.of("http://example.com:/", true),
                Arguments.of("//example.com", false),
                Arguments.of("http:/example.com", false),
                Arguments.of("http://.com", false),
                Arguments.of("http://example.com-/", false),
                Arguments.of("http://256.1.1.1/", false),
                Arguments.of("http://ex ample.com", false),
                Arguments.of("http://example.com/\tpath", false),
                Arguments.of("data:text/html,<script>alert(1)</script>", false),
                Arguments.of("JavaScript://example.com/%0Aalert(1)", false),
                Arguments.of("https://" + "a".repeat(2040) + ".com", false));
    }

    @ParameterizedTest
    @MethodSource
    void urls(String url, boolean valid) {
        assertEquals(valid, Addresses.isHttpUrl(url), url);
    }
}
