package dev.cairn.web.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading and writing {@code staticfiles.json}, and the small JSON code behind it. */
class ManifestTest {
    @TempDir
    Path temp;

    @Test
    void aManifestRoundTripsThroughAFile() {
        Manifest manifest = new Manifest(Map.of("css/app.css", "css/app.3f2a9c1e.css", "a b\"c\\.js",
                "a b\"c\\.01234567.js", "caf\u00e9.png", "caf\u00e9.89abcdef.png"));
        Path file = temp.resolve("staticfiles.json");
        manifest.write(file);
        assertEquals(manifest, Manifest.load(file));
    }

    @Test
    void extraKeysAreIgnored() {
        // Django 4.2 writes a "hash" key too; a key this version does not know is not an error.
        Manifest manifest = Manifest.parse("{\"paths\": {\"admin/css/base.css\": \"admin/css/base.1f418065fc2c.css\"},"
                + " \"version\": 1.0, \"hash\": \"abc\"}");
        assertEquals(Optional.of("admin/css/base.1f418065fc2c.css"), manifest.hashedName("admin/css/base.css"));
    }

    @Test
    void anEmptyManifestIsWrittenCompactly() {
        assertEquals("{\"paths\": {}, \"version\": 1}\n", new Manifest(Map.of()).toJson());
    }

    @Test
    void namesAreWrittenSorted() {
        String json = new Manifest(Map.of("b.css", "b.1.css", "a.css", "a.1.css")).toJson();
        assertTrue(json.indexOf("a.css") < json.indexOf("b.css"), json);
    }

    @Test
    void anUnlistedNameIsEmpty() {
        assertEquals(Optional.empty(), new Manifest(Map.of()).hashedName("x.css"));
    }

    @Test
    void aMissingFileSaysWhichFile() {
        Path missing = temp.resolve("nope.json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Manifest.load(missing));
        assertEquals("cannot read static files manifest " + missing, e.getMessage());
    }

    static Stream<Arguments> badManifestsAreRefused() {
        return Stream.of(
                Arguments.of("[]", "static files manifest is not a JSON object"),
                Arguments.of("{\"paths\": {}}", "static files manifest version is not 1"),
                Arguments.of("{\"paths\": {}, \"version\": 2}", "static files manifest version is not 1"),
                Arguments.of("{\"paths\": {}, \"version\": \"1\"}", "static files manifest version is not 1"),
                Arguments.of("{\"version\": 1}", "static files manifest has no \"paths\" object"),
                Arguments.of("{\"paths\": [], \"version\": 1}", "static files manifest has no \"paths\" object"),
                Arguments.of("{\"paths\": {\"a\": 1}, \"version\": 1}",
                        "static files manifest maps a name to a non-string"),
                Arguments.of("", "invalid JSON at offset 0: unexpected end"),
                Arguments.of("{", "invalid JSON at offset 1: expected a string key"),
                Arguments.of("{\"paths\": {}, \"version\": 1} x", "invalid JSON at offset 28: trailing characters"));
    }

    @ParameterizedTest
    @MethodSource
    void badManifestsAreRefused(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Manifest.parse(json));
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> jsonValuesParse() {
        return Stream.of(
                Arguments.of("{}", Map.of()),
                Arguments.of(" { \"a\" : \"b\" } ", Map.of("a", "b")),
                Arguments.of("[1, -2.5e3, true, false]",
                        List.of(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false)),
                Arguments.of("[]", List.of()),
                Arguments.of("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"", "\"\\/\b\f\n\r\t\u00e9"),
                Arguments.of("{\"a\": {\"b\": [\"c\"]}}", Map.of("a", Map.of("b", List.of("c")))),
                Arguments.of("0", BigDecimal.ZERO));
    }

    @ParameterizedTest
    @MethodSource
    void jsonValuesParse(String json, Object value) {
        assertEquals(value, ManifestJson.parse(json));
    }

    @Test
    void jsonNullParses() {
        assertEquals(null, ManifestJson.parse("null"));
    }

    static Stream<Arguments> malformedJsonSaysWhere() {
        return Stream.of(
                Arguments.of("{\"a\" \"b\"}", "invalid JSON at offset 5: expected ':'"),
                Arguments.of("[1 2]", "invalid JSON at offset 3: expected ']'"),
                Arguments.of("\"abc", "invalid JSON at offset 4: unterminated string"),
                Arguments.of("\"a\nb\"", "invalid JSON at offset 3: control character in string"),
                Arguments.of("\"\\x\"", "invalid JSON at offset 3: bad escape"),
                Arguments.of("\"\\u12zz\"", "invalid JSON at offset 3: bad \\u escape"),
                Arguments.of("\"\\u+123\"", "invalid JSON at offset 3: bad \\u escape"),
                Arguments.of("\"\\u1\"", "invalid JSON at offset 3: short \\u escape"),
                Arguments.of("tru", "invalid JSON at offset 0: unexpected character"),
                Arguments.of("01", "invalid JSON at offset 0: unexpected character"),
                Arguments.of("@", "invalid JSON at offset 0: unexpected character"),
                Arguments.of("{1: 2}", "invalid JSON at offset 1: expected a string key"));
    }

    @ParameterizedTest
    @MethodSource
    void malformedJsonSaysWhere(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ManifestJson.parse(json));
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> stringsAreQuoted() {
        return Stream.of(
                Arguments.of("css/app.css", "\"css/app.css\""),
                Arguments.of("a\"b", "\"a\\\"b\""),
                Arguments.of("a\\b", "\"a\\\\b\""),
                Arguments.of("\n\r\t", "\"\\n\\r\\t\""),
                Arguments.of("\u0001", "\"\\u0001\""),
                Arguments.of("caf\u00e9", "\"caf\u00e9\""));
    }

    @ParameterizedTest
    @MethodSource
    void stringsAreQuoted(String value, String quoted) {
        assertEquals(quoted, ManifestJson.quote(value));
        assertEquals(value, ManifestJson.parse(quoted));
    }

    @Test
    void writingReplacesAnOlderManifest() throws IOException {
        Path file = temp.resolve("staticfiles.json");
        Files.writeString(file, "old");
        new Manifest(Map.of("a.css", "a.12345678.css")).write(file);
        assertEquals(Optional.of("a.12345678.css"), Manifest.load(file).hashedName("a.css"));
    }
}
