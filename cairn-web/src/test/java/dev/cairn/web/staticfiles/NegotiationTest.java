package dev.cairn.web.staticfiles;

import dev.cairn.http.QualityValues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Choosing Brotli, gzip or the file itself from {@code Accept-Encoding} and what variants exist. */
class NegotiationTest {
    static final String HASH = "0123456789abcdef".repeat(4);

    /** A described file with the given variants; nothing is read, so the paths need not exist. */
    static StaticFile file(Encoding... variants) {
        List<StaticFile.Variant> list = new ArrayList<>();
        for (Encoding encoding : variants) {
            list.add(new StaticFile.Variant(encoding, Path.of("app.css" + encoding.suffix()), 10));
        }
        return new StaticFile("app.css", Path.of("app.css"), 100, Instant.EPOCH, HASH, "text/css", list);
    }

    static final StaticFile BOTH = file(Encoding.BROTLI, Encoding.GZIP);
    static final StaticFile GZIP_ONLY = file(Encoding.GZIP);
    static final StaticFile BROTLI_ONLY = file(Encoding.BROTLI);
    static final StaticFile PLAIN = file();

    static final Optional<Encoding> BR = Optional.of(Encoding.BROTLI);
    static final Optional<Encoding> GZ = Optional.of(Encoding.GZIP);
    static final Optional<Encoding> ID = Optional.of(Encoding.IDENTITY);
    static final Optional<Encoding> NONE = Optional.empty();

    static Stream<Arguments> acceptEncodingPicksAVariant() {
        return Stream.of(
                // No header, or an empty one: the file as it is.
                Arguments.of(null, BOTH, ID),
                Arguments.of("", BOTH, ID),
                Arguments.of("   ", BOTH, ID),
                // A browser's usual header: the server prefers Brotli.
                Arguments.of("gzip, deflate, br, zstd", BOTH, BR),
                Arguments.of("gzip, deflate, br", GZIP_ONLY, GZ),
                Arguments.of("gzip, deflate, br", BROTLI_ONLY, BR),
                Arguments.of("gzip, deflate, br", PLAIN, ID),
                // The server's order decides among acceptable codings, whatever the client's weights.
                Arguments.of("gzip;q=1.0, br;q=0.1", BOTH, BR),
                Arguments.of("br;q=0.001, gzip", BOTH, BR),
                // q=0 means "not acceptable".
                Arguments.of("br;q=0, gzip", BOTH, GZ),
                Arguments.of("br;q=0.0, gzip;q=0", BOTH, ID),
                Arguments.of("br;q=0.000, gzip;q=0.000", BOTH, ID),
                Arguments.of("gzip;q=0", GZIP_ONLY, ID),
                // Only gzip asked for.
                Arguments.of("gzip", BOTH, GZ),
                Arguments.of("gzip", BROTLI_ONLY, ID),
                Arguments.of("x-gzip", BOTH, GZ),
                Arguments.of("deflate", BOTH, ID),
                // Wildcards cover codings not listed on their own.
                Arguments.of("*", BOTH, BR),
                Arguments.of("*;q=0.5", GZIP_ONLY, GZ),
                Arguments.of("br;q=0, *", BOTH, GZ),
                Arguments.of("*, gzip;q=0", GZIP_ONLY, ID),
                // Identity excluded, explicitly or by a zero wildcard.
                Arguments.of("identity;q=0", PLAIN, NONE),
                Arguments.of("identity;q=0", GZIP_ONLY, NONE),
                Arguments.of("gzip, identity;q=0", GZIP_ONLY, GZ),
                Arguments.of("*;q=0", PLAIN, NONE),
                Arguments.of("*;q=0", BOTH, NONE),
                Arguments.of("*;q=0, identity", PLAIN, ID),
                Arguments.of("br, *;q=0", BOTH, BR),
                Arguments.of("br, *;q=0", GZIP_ONLY, NONE),
                Arguments.of("identity", BOTH, ID),
                Arguments.of("identity;q=0.5", BOTH, ID),
                // Case and spacing do not matter.
                Arguments.of("  BR ;  Q=0.9 ", BOTH, BR),
                Arguments.of("GZip", BOTH, GZ),
                Arguments.of("gzip ; q=1", BOTH, GZ),
                // Malformed entries are skipped rather than guessed at.
                Arguments.of("br;q=2", BOTH, ID),
                Arguments.of("br;q=abc, gzip", BOTH, GZ),
                Arguments.of("br;q=0.1234", BOTH, ID),
                Arguments.of("br;q=-1", BOTH, ID),
                Arguments.of(",,, ,br", BOTH, BR),
                Arguments.of("br;level=11", BOTH, BR),
                // A repeated coding keeps its first weight.
                Arguments.of("br;q=0, br", BOTH, ID),
                Arguments.of("gzip, gzip;q=0", GZIP_ONLY, GZ));
    }

    @ParameterizedTest
    @MethodSource
    void acceptEncodingPicksAVariant(String header, StaticFile file, Optional<Encoding> expected) {
        assertEquals(expected, Negotiation.pick(header, file), header + " with " + file.variants());
    }

    static Stream<Arguments> qvaluesParseToThousandths() {
        return Stream.of(
                Arguments.of("1", 1000),
                Arguments.of("1.", 1000),
                Arguments.of("1.0", 1000),
                Arguments.of("1.000", 1000),
                Arguments.of("0", 0),
                Arguments.of("0.", 0),
                Arguments.of("0.5", 500),
                Arguments.of("0.05", 50),
                Arguments.of("0.001", 1),
                Arguments.of("0.999", 999),
                Arguments.of("1.001", -1),
                Arguments.of("0.0001", -1),
                Arguments.of("2", -1),
                Arguments.of(".5", -1),
                Arguments.of("", -1),
                Arguments.of("-0", -1),
                Arguments.of("0,5", -1));
    }

    @ParameterizedTest
    @MethodSource
    void qvaluesParseToThousandths(String text, int thousandths) {
        assertEquals(thousandths, QualityValues.qvalue(text, 0, text.length()));
    }

    static Stream<Arguments> headersParseToWeights() {
        return Stream.of(
                Arguments.of("gzip", Map.of("gzip", 1000)),
                Arguments.of("gzip;q=0.8, br", Map.of("gzip", 800, "br", 1000)),
                Arguments.of("*;q=0", Map.of("*", 0)),
                Arguments.of("br;q=x", Map.of()),
                Arguments.of("", Map.of()));
    }

    @ParameterizedTest
    @MethodSource
    void headersParseToWeights(String header, Map<String, Integer> weights) {
        assertEquals(weights, Negotiation.weights(header));
    }
}
