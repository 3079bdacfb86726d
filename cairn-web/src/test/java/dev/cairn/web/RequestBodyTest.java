package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.http.MultipartParser;
import dev.cairn.http.Params;
import dev.cairn.http.Part;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The body of a {@link Request}: raw, as a stream, as a form, as uploads, as JSON, and its limits. */
class RequestBodyTest {

    private static Request post(byte[] body, String... headers) {
        return Sites.request(Exchanges.exchange("POST", "/", body, headers));
    }

    private static Request post(String body, String... headers) {
        return post(body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static Request limited(long limit, String body, String... headers) {
        Settings settings = Sites.settings().set(Settings.DATA_UPLOAD_MAX_MEMORY_SIZE, Long.toString(limit)).build();
        return Sites.request(Sites.app(settings, List.of()), Exchanges.exchange("POST", "/", body, headers));
    }

    @Test
    void theBodyIsReadIntoMemoryOnceAndCanBeReadAgain() throws IOException {
        Request request = post("hello");
        assertEquals("hello", new String(request.body(), StandardCharsets.UTF_8));
        assertSame(request.body(), request.body());
        assertEquals("hello", new String(request.bodyStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("hello", new String(request.bodyStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theStreamCanBeTakenOnceAndThenNothingElseReadsTheBody() throws IOException {
        Request request = post("hello");
        assertEquals("hello", new String(request.bodyStream().readAllBytes(), StandardCharsets.UTF_8));
        String expected = "The request body was already read as a stream; read it with body() first to read it more "
                + "than once";
        assertEquals(expected, assertThrows(IllegalStateException.class, request::bodyStream).getMessage());
        assertEquals(expected, assertThrows(IllegalStateException.class, request::body).getMessage());
    }

    @Test
    void anEmptyBodyIsEmpty() {
        assertEquals(0, Sites.request(Exchanges.get("/")).body().length);
        assertEquals(Params.empty(), Sites.request(Exchanges.get("/")).form());
    }

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of(10, "0123456789", true),
                Arguments.of(10, "01234567890", false),
                Arguments.of(0, "", true),
                Arguments.of(0, "x", false));
    }

    @ParameterizedTest(name = "limit {0}, {1}: fits {2}")
    @MethodSource("sizes")
    void aBodyOverTheMemoryLimitIs413(long limit, String body, boolean fits) {
        Request request = limited(limit, body);
        if (fits) {
            assertEquals(body, new String(request.body(), StandardCharsets.UTF_8));
            return;
        }
        HttpError error = assertThrows(HttpError.class, request::body);
        assertEquals(413, error.status());
        assertEquals("The request body exceeds DATA_UPLOAD_MAX_MEMORY_SIZE (" + limit + " bytes)", error.getMessage());
    }

    /** A chunked body: its length is not known until it has been read. */
    static dev.cairn.gateway.RequestBody chunked(String text) {
        java.io.InputStream bytes = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return new dev.cairn.gateway.RequestBody() {
            @Override
            public long length() {
                return -1;
            }

            @Override
            public dev.cairn.http.Headers trailers() {
                return dev.cairn.http.Headers.empty();
            }

            @Override
            public int read() throws IOException {
                return bytes.read();
            }
        };
    }

    @Test
    void aChunkedBodyIsCutAtTheLimitAsItIsRead() {
        Settings settings = Sites.settings().set(Settings.DATA_UPLOAD_MAX_MEMORY_SIZE, "4").build();
        WebApp app = Sites.app(settings, List.of());
        var tooLong = new dev.cairn.gateway.Request("POST", "/", "HTTP/1.1", dev.cairn.http.Headers.of("Host",
                "localhost"), chunked("chunked!"), "http", "127.0.0.1", Exchanges.get("/").connection());
        HttpError error = assertThrows(HttpError.class, () -> Sites.request(app, tooLong).body());
        assertEquals(413, error.status());
        var fits = new dev.cairn.gateway.Request("POST", "/", "HTTP/1.1", dev.cairn.http.Headers.of("Host",
                "localhost"), chunked("four"), "http", "127.0.0.1", Exchanges.get("/").connection());
        assertEquals("four", new String(Sites.request(app, fits).body(), StandardCharsets.UTF_8));
    }

    @Test
    void aUrlencodedFormOverTheLimitIs413AndJsonToo() {
        String form = "a=" + "x".repeat(20);
        assertEquals(413, assertThrows(HttpError.class, () -> limited(10, form, "Content-Type",
                "application/x-www-form-urlencoded").form()).status());
        assertEquals(413, assertThrows(HttpError.class, () -> limited(10, "{\"a\": \"xxxxxxxxxxx\"}", "Content-Type",
                "application/json").json()).status());
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("application/x-www-form-urlencoded", "a=1&b=x+y&a=2".getBytes(StandardCharsets.UTF_8),
                        List.of("a", "1", "b", "x y", "a", "2")),
                Arguments.of("Application/X-WWW-Form-Urlencoded; charset=utf-8",
                        "name=caf%C3%A9".getBytes(StandardCharsets.UTF_8), List.of("name", "café")),
                Arguments.of("application/x-www-form-urlencoded; charset=ISO-8859-1",
                        "name=caf%E9".getBytes(StandardCharsets.UTF_8), List.of("name", "café")),
                Arguments.of("application/x-www-form-urlencoded; charset=\"iso-8859-1\"",
                        "name=café".getBytes(StandardCharsets.ISO_8859_1), List.of("name", "café")),
                Arguments.of("application/x-www-form-urlencoded; charset=windows-1252",
                        "sign=%80".getBytes(StandardCharsets.UTF_8), List.of("sign", "€")),
                Arguments.of("text/plain", "a=1".getBytes(StandardCharsets.UTF_8), List.of()),
                Arguments.of("application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), List.of()),
                Arguments.of(null, "a=1".getBytes(StandardCharsets.UTF_8), List.of()));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("forms")
    void aUrlencodedBodyIsParsedInItsCharsetAndOtherBodiesHaveNoForm(String type, byte[] body, List<String> pairs) {
        Request request = type == null ? post(body) : post(body, "Content-Type", type);
        assertEquals(Params.of(pairs.toArray(String[]::new)), request.form());
        assertEquals(Map.of(), request.files());
    }

    static Stream<Arguments> badForms() {
        return Stream.of(
                Arguments.of("application/x-www-form-urlencoded", "a=%zz", 400, "Invalid percent-encoding"),
                Arguments.of("application/x-www-form-urlencoded", "a=%C3", 400,
                        "Invalid UTF-8 in percent-encoded text"),
                Arguments.of("application/x-www-form-urlencoded; charset=klingon", "a=1", 400,
                        "Unknown charset in Content-Type"),
                Arguments.of("application/x-www-form-urlencoded; charset=\"\"", "a=1", 400,
                        "Unknown charset in Content-Type"),
                Arguments.of("application/x-www-form-urlencoded", "a&".repeat(1001), 413, "Too many form fields"));
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @MethodSource("badForms")
    void aMalformedFormIsRefusedWithItsStatus(String type, String body, int status, String message) {
        HttpError error = assertThrows(HttpError.class, () -> post(body, "Content-Type", type).form());
        assertEquals(status, error.status());
        assertEquals(message, error.getMessage());
    }

    @Test
    void theFormCanBeReadAfterTheBodyAndTheBodyAfterTheForm() {
        Request first = post("a=1", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals("a=1", new String(first.body(), StandardCharsets.UTF_8));
        assertEquals("1", first.form("a"));
        Request second = post("a=1", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals("1", second.form("a"));
        assertEquals("a=1", new String(second.body(), StandardCharsets.UTF_8));
    }

    /** A multipart/form-data body: name → value for fields, name → {filename, type, content} for files. */
    static byte[] multipart(String boundary, List<String[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\""
                    + (part.length == 4 ? "; filename=\"" + part[2] + "\"\r\nContent-Type: " + part[3] : "")
                    + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part[1].getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aMultipartBodyGivesFieldsAndFilesWithTheirSizes() throws IOException {
        byte[] body = multipart("XyZ", List.of(
                new String[]{"title", "Holiday"},
                new String[]{"tag", "sea"},
                new String[]{"photo", "JPEGDATA", "beach.jpg", "image/jpeg"},
                new String[]{"tag", "sun"},
                new String[]{"photo", "", "empty.png", "image/png"},
                new String[]{"notes", "first line\r\nsecond", "notes.txt", "text/plain"}));
        Request request = post(body, "Content-Type", "multipart/form-data; boundary=XyZ");
        assertEquals(Params.of("title", "Holiday", "tag", "sea", "tag", "sun"), request.form());
        assertEquals(List.of("notes", "photo"), request.files().keySet().stream().sorted().toList());
        List<Part> photos = request.files().get("photo");
        assertEquals(List.of("beach.jpg", "empty.png"), photos.stream().map(Part::filename).toList());
        assertEquals(List.of(8L, 0L), photos.stream().map(Part::size).toList());
        assertEquals("image/jpeg", request.file("photo").contentType());
        assertEquals("JPEGDATA", new String(request.file("photo").bytes(), StandardCharsets.UTF_8));
        assertEquals("first line\r\nsecond", request.file("notes").text());
        assertEquals(18, request.file("notes").size());
        assertNull(request.file("missing"));
    }

    @Test
    void aLargeUploadGoesToATemporaryFileRemovedWhenTheResponseIsSent() {
        List<Path> seen = new ArrayList<>();
        WebApp app = WebApp.builder().settings(Sites.settings().build())
                .multipart(MultipartParser.builder().memoryThreshold(16).build())
                .routes(Routes.path("", request -> {
                    Part part = request.file("big");
                    assertFalse(part.inMemory());
                    seen.add(part.path());
                    assertTrue(Files.exists(part.path()));
                    return Response.text(part.size() + " " + request.form("small"));
                })).build();
        byte[] body = multipart("b", List.of(new String[]{"small", "s"},
                new String[]{"big", "x".repeat(1000), "big.bin", "application/octet-stream"}));
        var response = app.handle(Exchanges.exchange("POST", "/", body, "Content-Type",
                "multipart/form-data; boundary=b"));
        assertEquals("1000 s", Exchanges.text(response));
        assertEquals(1, seen.size());
        assertFalse(Files.exists(seen.getFirst()), "the temporary file is deleted after the response");
    }

    static Stream<Arguments> badMultiparts() {
        return Stream.of(
                Arguments.of("multipart/form-data", "--b--\r\n", 400, "Multipart Content-Type has no boundary"),
                Arguments.of("multipart/form-data; boundary=\"a b \"", "x", 400, "Invalid multipart boundary"),
                Arguments.of("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"a\""
                        + "\r\n\r\nunterminated", 400, null));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("badMultiparts")
    void aMalformedMultipartBodyIsRefused(String type, String body, int status, String message) {
        HttpError error = assertThrows(HttpError.class, () -> post(body, "Content-Type", type).form());
        assertEquals(status, error.status());
        if (message != null) {
            assertEquals(message, error.getMessage());
        }
    }

    @Test
    void aMultipartBodyIsStreamedSoTheBodyCannotBeReadAfterwards() {
        Request request = post(multipart("b", List.<String[]>of(new String[]{"a", "1"})), "Content-Type",
                "multipart/form-data; boundary=b");
        assertEquals("1", request.form("a"));
        assertThrows(IllegalStateException.class, request::body);
    }

    /** A record JSON maps into. */
    public record Point(int x, int y) {}

    @Test
    void jsonIsParsedIntoATreeOrAType() {
        Request tree = post("{\"x\": 1, \"tags\": [\"a\"]}", "Content-Type", "application/json");
        JsonNode node = tree.json();
        assertEquals(1, node.get("x").asInt());
        assertEquals("a", node.get("tags").get(0).asText());
        assertEquals(new Point(3, 4), post("{\"x\":3,\"y\":4}", "Content-Type", "application/json; charset=utf-8")
                .json(Point.class));
        assertEquals(Map.of("a", 1), post("{\"a\":1}", "Content-Type", "application/problem+json").json(Map.class));
    }

    @Test
    void jsonCanBeReadTwice() {
        Request request = post("[1,2]", "Content-Type", "application/json");
        assertEquals(request.json(), request.json());
        assertEquals("[1,2]", new String(request.body(), StandardCharsets.UTF_8));
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                Arguments.of("{\"a\": tru}", "Malformed JSON at line 1, column 11"),
                Arguments.of("{\"a\": 1,\n \"b\": }", "Malformed JSON at line 2, column 7"),
                Arguments.of("{\"a\": [1, 2}", "Malformed JSON at line 1, column 12"),
                Arguments.of("{\"a\": \"secret-input", "Malformed JSON at line 1, column 20"),
                Arguments.of("", "Malformed JSON: the body is empty"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badJson")
    void malformedJsonIs400WithLineAndColumnButNotTheInput(String body, String message) {
        HttpError error = assertThrows(HttpError.class, () -> post(body, "Content-Type", "application/json").json());
        assertEquals(400, error.status());
        assertEquals(message, error.getMessage());
    }

    @Test
    void jsonThatDoesNotFitTheTypeIs400NamingTheType() {
        HttpError error = assertThrows(HttpError.class, () -> post("{\"x\": \"one\", \"y\": 2}", "Content-Type",
                "application/json").json(Point.class));
        assertEquals(400, error.status());
        assertEquals("JSON does not fit Point at line 1, column 7", error.getMessage());
    }

    @Test
    void aTypeJacksonCannotBuildIsTheViewsMistakeNotTheClients() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> post("{}", "Content-Type",
                "application/json").json(Runnable.class));
        assertTrue(error.getMessage().startsWith("Cannot read JSON into java.lang.Runnable: "), error.getMessage());
        WebApp app = Sites.app(Routes.path("", request -> Response.json(request.json(Runnable.class))));
        assertEquals(500, app.handle(Exchanges.exchange("POST", "/", "{}", "Content-Type", "application/json"))
                .status());
    }

    static Stream<Arguments> notJson() {
        return Stream.of(
                Arguments.of("text/plain", "Expected a JSON body (Content-Type: application/json), not 'text/plain'"),
                Arguments.of("application/x-www-form-urlencoded", "Expected a JSON body (Content-Type: "
                        + "application/json), not 'application/x-www-form-urlencoded'"),
                Arguments.of("application/jsonp", "Expected a JSON body (Content-Type: application/json), not "
                        + "'application/jsonp'"),
                Arguments.of(null, "Expected a JSON body (Content-Type: application/json), not ''"));
    }

    @ParameterizedTest(name = "Content-Type {0} is 415")
    @MethodSource("notJson")
    void jsonUnderAnotherContentTypeIs415(String type, String message) {
        Request request = type == null ? post("{}") : post("{}", "Content-Type", type);
        HttpError error = assertThrows(HttpError.class, request::json);
        assertEquals(415, error.status());
        assertEquals(message, error.getMessage());
    }

    @Test
    void multipartTextFieldsAreUtf8UnlessTheContentTypeSaysOtherwise() {
        byte[] body = multipart("b", List.<String[]>of(new String[]{"city", "Zürich"}));
        assertEquals("Zürich", post(body, "Content-Type", "multipart/form-data; boundary=b").form("city"));
        String latin1 = "--b\r\nContent-Disposition: form-data; name=\"city\"\r\n\r\nZürich\r\n--b--\r\n";
        assertEquals("Zürich", post(latin1.getBytes(StandardCharsets.ISO_8859_1), "Content-Type",
                "multipart/form-data; boundary=b; charset=ISO-8859-1").form("city"));
    }
}
