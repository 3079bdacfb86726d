package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link MultipartParser#boundary(String)}: the boundary parameter of a multipart Content-Type. */
class MultipartBoundaryTest {
    private static final String SEVENTY = "b".repeat(70);

    static Stream<Arguments> contentTypes() {
        return Stream.of(
                Arguments.of("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
                        "----WebKitFormBoundary7MA4YWxkTrZu0gW"),
                Arguments.of("multipart/form-data; boundary=\"quoted boundary\"", "quoted boundary"),
                Arguments.of("multipart/form-data;boundary=abc", "abc"),
                Arguments.of("Multipart/Form-Data; BOUNDARY=abc", "abc"),
                Arguments.of("multipart/form-data; charset=utf-8; boundary=abc", "abc"),
                Arguments.of("multipart/form-data; boundary=abc; charset=utf-8", "abc"),
                Arguments.of("multipart/mixed; boundary=gc0p4Jq0M2Yt08jU534c0p", "gc0p4Jq0M2Yt08jU534c0p"),
                Arguments.of("multipart/form-data; boundary=a:b/c?d=e", "a:b/c?d=e"),
                Arguments.of("multipart/form-data; boundary=\"'()+_,-./:=?\"", "'()+_,-./:=?"),
                Arguments.of("multipart/form-data; boundary=x", "x"),
                Arguments.of("multipart/form-data; boundary=" + SEVENTY, SEVENTY));
    }

    @ParameterizedTest
    @MethodSource("contentTypes")
    void boundaryIsTakenFromTheContentType(String contentType, String boundary) throws HttpException {
        assertEquals(boundary, MultipartParser.boundary(contentType));
    }

    static Stream<Arguments> invalid() {
        String none = "Multipart Content-Type has no boundary";
        String invalid = "Invalid multipart boundary";
        String notMultipart = "Content-Type is not multipart";
        return Stream.of(
                Arguments.of(null, 415, notMultipart),
                Arguments.of("", 415, notMultipart),
                Arguments.of("application/x-www-form-urlencoded", 415, notMultipart),
                Arguments.of("text/plain; boundary=abc", 415, notMultipart),
                Arguments.of("multipart", 415, notMultipart),
                Arguments.of("multipart/form-data", 400, none),
                Arguments.of("multipart/form-data; charset=utf-8", 400, none),
                Arguments.of("multipart/form-data; boundary", 400, none),
                Arguments.of("multipart/form-data; boundary=\"unterminated", 400, none),
                Arguments.of("multipart/form-data; boundary=", 400, invalid),
                Arguments.of("multipart/form-data; boundary=\"\"", 400, invalid),
                Arguments.of("multipart/form-data; boundary=" + SEVENTY + "b", 400, invalid),
                Arguments.of("multipart/form-data; boundary=\"ends in space \"", 400, invalid),
                Arguments.of("multipart/form-data; boundary=semi\";\"colon", 400, invalid),
                Arguments.of("multipart/form-data; boundary=\"semi;colon\"", 400, invalid),
                Arguments.of("multipart/form-data; boundary=at@sign", 400, invalid),
                Arguments.of("multipart/form-data; boundary=\"caf\u00E9\"", 400, invalid),
                Arguments.of("multipart/form-data; boundary=\"tab\there\"", 400, invalid));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void missingOrInvalidBoundaryIsRefusedWithItsStatus(String contentType, int status, String message) {
        HttpException e = assertThrows(HttpException.class, () -> MultipartParser.boundary(contentType));
        assertEquals(status, e.status());
        assertEquals(message, e.getMessage());
    }
}
