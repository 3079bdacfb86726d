package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference resolution against RFC 3986 §5.4's own examples, where java.net.URI alone gets six wrong. */
class UriReferencesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            // §5.4.1 normal examples
            "g:h           | g:h",
            "g             | http://a/b/c/g",
            "./g           | http://a/b/c/g",
            "g/            | http://a/b/c/g/",
            "/g            | http://a/g",
            "//g           | http://g",
            "?y            | http://a/b/c/d;p?y",
            "g?y           | http://a/b/c/g?y",
            "#s            | http://a/b/c/d;p?q#s",
            "g#s           | http://a/b/c/g#s",
            "g?y#s         | http://a/b/c/g?y#s",
            ";x            | http://a/b/c/;x",
            "g;x           | http://a/b/c/g;x",
            "g;x?y#s       | http://a/b/c/g;x?y#s",
            "''            | http://a/b/c/d;p?q",
            ".             | http://a/b/c/",
            "./            | http://a/b/c/",
            "..            | http://a/b/",
            "../           | http://a/b/",
            "../g          | http://a/b/g",
            "../..         | http://a/",
            "../../        | http://a/",
            "../../g       | http://a/g",
            // §5.4.2 abnormal examples
            "../../../g    | http://a/g",
            "../../../../g | http://a/g",
            "/./g          | http://a/g",
            "/../g         | http://a/g",
            "g.            | http://a/b/c/g.",
            ".g            | http://a/b/c/.g",
            "g..           | http://a/b/c/g..",
            "..g           | http://a/b/c/..g",
            "./../g        | http://a/b/g",
            "./g/.         | http://a/b/c/g/",
            "g/./h         | http://a/b/c/g/h",
            "g/../h        | http://a/b/c/h",
            "g;x=1/./y     | http://a/b/c/g;x=1/y",
            "g;x=1/../y    | http://a/b/c/y",
            "g?y/./x       | http://a/b/c/g?y/./x",
            "g?y/../x      | http://a/b/c/g?y/../x",
            "g#s/./x       | http://a/b/c/g#s/./x",
            "g#s/../x      | http://a/b/c/g#s/../x"})
    void theRfcExamplesResolveAsTheRfcSays(String reference, String resolved) {
        String ref = reference.equals("''") ? "" : reference;
        assertEquals(resolved, UriReferences.resolve("http://a/b/c/d;p?q", StandardCharsets.ISO_8859_1, ref));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "/a/b/c/./../../g | /a/g",
            "mid/content=5/../6 | mid/6",
            "/.. | /",
            "/a/.. | /",
            "/a/b/.. | /a/",
            "/a//b/../c | /a//c"})
    void dotSegmentsAreRemoved(String path, String removed) {
        assertEquals(removed, UriReferences.removeDotSegments(path));
    }

    @ParameterizedTest(name = "{0} is quoted {1}")
    @CsvSource(delimiterString = " => ", value = {
            "/plain/path?q=1&r=2#f => /plain/path?q=1&r=2#f",
            "/a b => /a%20b",
            "/{x}|\"<>^` => /%7Bx%7D%7C%22%3C%3E%5E%60",
            "/%41%zz%4 => /%41%25zz%254",
            "/é => /%C3%A9"})
    void charactersAUriCannotHoldArePercentEncoded(String text, String quoted) {
        assertEquals(quoted, UriReferences.quote(text, StandardCharsets.UTF_8));
    }
}
