package dev.cairn.web.middleware;

import dev.cairn.http.QualityValues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.http.Headers;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading whether Accept-Encoding accepts gzip, q-values and malformed input included. */
class AcceptEncodingTest {

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("gzip", true),
                Arguments.of("GZIP", true),
                Arguments.of("gzip, deflate, br", true),
                Arguments.of("br;q=1.0, gzip;q=0.8, *;q=0.1", true),
                Arguments.of(" gzip ; q=0.5 ", true),
                Arguments.of("gzip;Q=0.5", true),
                Arguments.of("gzip;q=1", true),
                Arguments.of("gzip;q=1.000", true),
                Arguments.of("gzip;q=0.001", true),
                Arguments.of("gzip;level=9", true),
                Arguments.of("x-gzip", true),
                Arguments.of("*", true),
                Arguments.of("*;q=0.5", true),
                Arguments.of("*;q=0, gzip", true),
                Arguments.of("gzip;q=0", false),
                Arguments.of("gzip;q=0.000", false),
                Arguments.of("gzip;q=0, *", false),
                Arguments.of("gzip;q=0, gzip", false),
                Arguments.of("*;q=0", false),
                Arguments.of("identity", false),
                Arguments.of("br, deflate", false),
                Arguments.of("", false),
                Arguments.of(",,,", false),
                Arguments.of(";q=1", false),
                Arguments.of("gzipped", false),
                Arguments.of("gzip q=1", false),
                Arguments.of("gzip;q=", false),
                Arguments.of("gzip;q=abc", false),
                Arguments.of("gzip;q=1.5", false),
                Arguments.of("gzip;q=2", false),
                Arguments.of("gzip;q=0.1234", false),
                Arguments.of("gzip;q=-1", false),
                Arguments.of("gzip;q=1.001", false),
                Arguments.of("gzip;q=abc, *", true),
                Arguments.of("gzip;q=0.5;q=0", false),
                Arguments.of("\u00ff\u0000gzip", false));
    }

    @ParameterizedTest(name = "Accept-Encoding: [{0}] accepts gzip: {1}")
    @MethodSource("headers")
    void gzipIsAcceptedOnlyWithAWeightAboveZero(String header, boolean accepted) {
        assertEquals(accepted, AcceptEncoding.acceptsGzip(Headers.of("Accept-Encoding", header)));
    }

    static Stream<Arguments> severalLines() {
        return Stream.of(
                Arguments.of(Headers.of(), false),
                Arguments.of(Headers.of("Accept", "gzip"), false),
                Arguments.of(Headers.of("Accept-Encoding", "br", "accept-encoding", "gzip"), true),
                Arguments.of(Headers.of("Accept-Encoding", "gzip;q=0", "Accept-Encoding", "gzip"), false),
                Arguments.of(Headers.of("Accept-Encoding", "*;q=0", "Accept-Encoding", "gzip"), true));
    }

    @ParameterizedTest(name = "{0} accepts gzip: {1}")
    @MethodSource("severalLines")
    void severalLinesReadAsOneListAndTheFirstEntryDecides(Headers headers, boolean accepted) {
        assertEquals(accepted, AcceptEncoding.acceptsGzip(headers));
    }

    static Stream<Arguments> qvalues() {
        return Stream.of(
                Arguments.of("0", 0),
                Arguments.of("0.", 0),
                Arguments.of("0.5", 500),
                Arguments.of("0.05", 50),
                Arguments.of("0.125", 125),
                Arguments.of("1", 1000),
                Arguments.of("1.0", 1000),
                Arguments.of("1.00", 1000),
                Arguments.of("", -1),
                Arguments.of("2", -1),
                Arguments.of("0,5", -1),
                Arguments.of("0.5x", -1),
                Arguments.of("1.01", -1),
                Arguments.of(".5", -1));
    }

    @ParameterizedTest(name = "q={0} is {1}")
    @MethodSource("qvalues")
    void qvaluesAreReadInThousandths(String qvalue, int thousandths) {
        assertEquals(thousandths, QualityValues.qvalue(qvalue, 0, qvalue.length()));
    }
}
