package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Field parameters (RFC 9110 §5.6.6) and RFC 8187 extended values, as the multipart code reads them. */
class HeaderParametersTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("text/plain", "text/plain", Params.empty()),
                Arguments.of(" text/plain ; ", "text/plain", Params.empty()),
                Arguments.of("a; x=1", "a", Params.of("x", "1")),
                Arguments.of("a;x=1;y=2", "a", Params.of("x", "1", "y", "2")),
                Arguments.of("a ; X = 1 ; Y=\"two words\"", "a", Params.of("x", "1", "y", "two words")),
                Arguments.of("a; q=\"semi;colon\"; r=s", "a", Params.of("q", "semi;colon", "r", "s")),
                Arguments.of("a; q=\"esc \\\" and \\\\\"", "a", Params.of("q", "esc \" and \\")),
                Arguments.of("a; q=\"C:\\dir\\f\"", "a", Params.of("q", "C:\\dir\\f")),
                Arguments.of("a; q=\"trailing\\\"", "a", null),
                Arguments.of("a; q=\"\"", "a", Params.of("q", "")),
                Arguments.of("a; q=", "a", Params.of("q", "")),
                Arguments.of("a; flag; x=1", "a", Params.of("x", "1")),
                Arguments.of("a; flag", "a", Params.empty()),
                Arguments.of("a;;; x=1 ;;", "a", Params.of("x", "1")),
                Arguments.of("a; x=1; x=2", "a", Params.of("x", "1", "x", "2")),
                Arguments.of("a; b=c:d/e?f", "a", Params.of("b", "c:d/e?f")),
                Arguments.of("a; q=\"unterminated", "a", null),
                Arguments.of("a; q=\"quoted\"tail", "a", null),
                Arguments.of("a; q=\"quoted\" tail", "a", null),
                Arguments.of("a; q=bare tail", "a", null),
                Arguments.of("a; q=\"quoted\"  ; r=1", "a", Params.of("q", "quoted", "r", "1")));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void parametersAreReadWithLowerCasedNames(String field, String main, Params expected) {
        assertEquals(main, HeaderParameters.mainValue(field));
        assertEquals(expected, HeaderParameters.parse(field));
    }

    static Stream<Arguments> extValues() {
        return Stream.of(
                Arguments.of("UTF-8''na%C3%AFve.txt", "na\u00EFve.txt"),
                Arguments.of("utf-8'en'%E2%82%AC%20rates", "\u20AC rates"),
                Arguments.of("ISO-8859-1''caf%E9", "caf\u00E9"),
                Arguments.of("iso-8859-1'fr'caf%E9", "caf\u00E9"),
                Arguments.of("UTF-8''", ""),
                Arguments.of("UTF-8''plain-name_1.txt", "plain-name_1.txt"),
                Arguments.of("UTF-8''a+b", "a+b"));
    }

    @ParameterizedTest
    @MethodSource("extValues")
    void extendedValueIsDecodedInItsCharset(String extValue, String decoded) {
        assertEquals(decoded, HeaderParameters.decodeExtValue(extValue));
    }

    static Stream<Arguments> badExtValues() {
        return Stream.of(
                Arguments.of("no quotes", "no charset'language' prefix"),
                Arguments.of("UTF-8'only-one", "one quote"),
                Arguments.of("''x", "empty charset"),
                Arguments.of("KOI8-R''x", "RFC 8187 requires only UTF-8 and ISO-8859-1"),
                Arguments.of("UTF-8''a b", "space is not an attr-char"),
                Arguments.of("UTF-8''a\"b", "DQUOTE is not an attr-char"),
                Arguments.of("UTF-8''a'b", "a third quote is not an attr-char"),
                Arguments.of("UTF-8''a*b", "* is not an attr-char"),
                Arguments.of("UTF-8''%C3", "truncated UTF-8"),
                Arguments.of("UTF-8''%ZZ", "bad escape"),
                Arguments.of("UTF-8''caf\u00E9", "raw non-ASCII"));
    }

    @ParameterizedTest
    @MethodSource("badExtValues")
    void malformedExtendedValueIsNull(String extValue, String why) {
        assertNull(HeaderParameters.decodeExtValue(extValue), why);
    }
}
