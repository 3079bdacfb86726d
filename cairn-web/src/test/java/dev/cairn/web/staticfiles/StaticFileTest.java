package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The description of a file: ETags per coding, hashed names, variants. */
class StaticFileTest {
    static final String HASH = "3f2a9c1e" + "0123456789abcdef".repeat(3) + "deadbeef";

    static StaticFile named(String name) {
        return new StaticFile(name, Path.of(name), 1, Instant.EPOCH, HASH, ContentTypes.of(name), List.of());
    }

    static Stream<Arguments> hashedNamesPutEightHexDigitsBeforeTheExtension() {
        return Stream.of(
                Arguments.of("app.css", "app.3f2a9c1e.css"),
                Arguments.of("css/app.css", "css/app.3f2a9c1e.css"),
                Arguments.of("js/vendor/htmx.min.js", "js/vendor/htmx.min.3f2a9c1e.js"),
                Arguments.of("LICENSE", "LICENSE.3f2a9c1e"),
                Arguments.of("v1.2/LICENSE", "v1.2/LICENSE.3f2a9c1e"),
                Arguments.of("archive.tar.gz", "archive.tar.3f2a9c1e.gz"),
                Arguments.of("img/logo.SVG", "img/logo.3f2a9c1e.SVG"));
    }

    @ParameterizedTest
    @MethodSource
    void hashedNamesPutEightHexDigitsBeforeTheExtension(String name, String hashed) {
        assertEquals(hashed, named(name).hashedName());
    }

    @Test
    void etagIsAQuotedStrongValidatorOfThirtyTwoHexDigits() {
        assertEquals("\"3f2a9c1e0123456789abcdef01234567\"", named("app.css").etag());
        assertEquals(named("app.css").etag(), named("app.css").etag(Encoding.IDENTITY));
    }

    @Test
    void eachCodingHasItsOwnEtag() {
        StaticFile file = named("app.css");
        assertEquals("\"3f2a9c1e0123456789abcdef01234567-br\"", file.etag(Encoding.BROTLI));
        assertEquals("\"3f2a9c1e0123456789abcdef01234567-gzip\"", file.etag(Encoding.GZIP));
    }

    @Test
    void variantsAreLookedUpByCoding() {
        List<StaticFile.Variant> variants = new ArrayList<>();
        variants.add(new StaticFile.Variant(Encoding.GZIP, Path.of("app.css.gz"), 7));
        StaticFile file = new StaticFile("app.css", Path.of("app.css"), 20, Instant.EPOCH, HASH, "text/css",
                variants);
        variants.clear();
        assertEquals(1, file.variants().size(), "the record keeps its own copy");
        assertEquals(7, file.variant(Encoding.GZIP).orElseThrow().size());
        assertEquals(Optional.empty(), file.variant(Encoding.BROTLI));
        assertEquals(Optional.empty(), file.variant(Encoding.IDENTITY));
    }

    @Test
    void anIdentityVariantIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StaticFile.Variant(Encoding.IDENTITY, Path.of("app.css"), 1));
        assertEquals("the identity coding is the file itself, not a variant", e.getMessage());
    }

    @Test
    void aShortHashIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StaticFile("a.css", Path.of("a.css"), 1, Instant.EPOCH, "abc", "text/css", List.of()));
        assertEquals("hash must be at least 32 hex digits", e.getMessage());
    }

    @Test
    void encodingsCarryTheirTokensAndSuffixes() {
        assertEquals("br", Encoding.BROTLI.token());
        assertEquals(".br", Encoding.BROTLI.suffix());
        assertEquals("gzip", Encoding.GZIP.token());
        assertEquals(".gz", Encoding.GZIP.suffix());
        assertEquals("identity", Encoding.IDENTITY.token());
        assertEquals("", Encoding.IDENTITY.suffix());
    }
}
