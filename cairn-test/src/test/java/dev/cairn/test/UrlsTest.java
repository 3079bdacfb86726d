package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The client's URLs are what a browser would send. */
class UrlsTest {

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("/plain/path/", "/plain/path/"),
                Arguments.of("/a b", "/a%20b"),
                Arguments.of("/café", "/caf%C3%A9"),
                Arguments.of("/snow/☃/🏔", "/snow/%E2%98%83/%F0%9F%8F%94"),
                Arguments.of("/already%20done", "/already%20done"),
                Arguments.of("/100%", "/100%25"),
                Arguments.of("/bad%zz", "/bad%25zz"),
                Arguments.of("/q?a=\"x\"&b=<y>", "/q?a=%22x%22&b=%3Cy%3E"),
                Arguments.of("/keep/:@!$&'()*+,;=", "/keep/:@!$&'()*+,;="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void whatAUriCannotHoldIsPercentEncodedAsUtf8(String input, String expected) {
        assertEquals(expected, Urls.encode(input));
    }

    static Stream<Arguments> resolutions() {
        return Stream.of(
                Arguments.of("http://h/a/b/c", "/x", "http://h/x"),
                Arguments.of("http://h/a/b/c", "x", "http://h/a/b/x"),
                Arguments.of("http://h/a/b/c", "../x", "http://h/a/x"),
                Arguments.of("http://h/a/b/c", "?page=2", "http://h/a/b/c?page=2"),
                Arguments.of("http://h/a/b/c?old=1", "?page=2", "http://h/a/b/c?page=2"),
                Arguments.of("http://h/a", "//other/x", "http://other/x"),
                Arguments.of("https://h/a", "http://other:8000/x?y", "http://other:8000/x?y"),
                Arguments.of("http://h/a", "/x#frag", "http://h/x"),
                Arguments.of("http://h/a", " /spaced ", "http://h/spaced"),
                Arguments.of("http://h/a", "/é", "http://h/%C3%A9"));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("resolutions")
    void aLocationIsResolvedAsRfc3986Says(String base, String location, String expected) {
        assertEquals(expected, Urls.resolve(URI.create(base), location).toString());
    }

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("http://h", "/"),
                Arguments.of("http://h/", "/"),
                Arguments.of("http://h/a?b=1", "/a?b=1"),
                Arguments.of("http://h?b=1", "/?b=1"),
                Arguments.of("http://h/a%20b?c=%20", "/a%20b?c=%20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void theTargetIsOriginFormWithTheRawPathAndQuery(String url, String expected) {
        assertEquals(expected, Urls.target(URI.create(url)));
    }

    static Stream<Arguments> forms() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("b", "2");
        ordered.put("a", List.of("1", "x y"));
        ordered.put("n", 3);
        return Stream.of(
                Arguments.of(Map.of(), ""),
                Arguments.of(Map.of("q", "a&b=c"), "q=a%26b%3Dc"),
                Arguments.of(Map.of("q", "café"), "q=caf%C3%A9"),
                Arguments.of(Map.of("q", List.of()), ""),
                Arguments.of(ordered, "b=2&a=1&a=x+y&n=3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void fieldsAreEncodedAsABrowserEncodesAForm(Map<String, ?> fields, String expected) {
        assertEquals(expected, Urls.form(fields));
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("/p", Map.of(), "/p"),
                Arguments.of("/p", Map.of("a", "1"), "/p?a=1"),
                Arguments.of("/p?x=0", Map.of("a", "1"), "/p?x=0&a=1"),
                Arguments.of("/p#top", Map.of("a", "1"), "/p?a=1"));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("queries")
    void queryFieldsAreAddedToThePathsOwn(String path, Map<String, ?> query, String expected) {
        assertEquals(expected, Urls.withQuery(path, query));
    }
}
