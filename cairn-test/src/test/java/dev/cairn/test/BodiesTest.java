package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.gateway.Application;
import dev.cairn.gateway.RequestBody;
import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.web.WebApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Request bodies read like a socket's; response bodies of every kind arrive as a client would receive them. */
class BodiesTest {

    private static final WebApp APP = Site.app();
    private static final int READ = PayloadBody.MAX_READ;

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of(0, 0, 0),
                Arguments.of(1, 1, 1),
                Arguments.of(READ - 1, 1, READ - 1),
                Arguments.of(READ, 1, READ),
                Arguments.of(READ + 1, 2, READ),
                Arguments.of(100 * 1024, 7, READ),
                Arguments.of(3 * 1024 * 1024, 3 * 1024 * 1024 / READ, READ));
    }

    @ParameterizedTest(name = "{0} bytes")
    @MethodSource("sizes")
    void theViewReadsExactlyContentLengthBytesInSocketSizedReadsThenEndOfStream(int size, int reads, int largest) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');

        TestResponse response = Client.of(APP).request("POST", "/count/").body(body, "application/octet-stream")
                .send();

        assertEquals("total=" + size + " reads=" + reads + " largest=" + largest + " after=-1,-1 declared=" + size,
                response.assertStatus(200).text());
    }

    @Test
    void aRequestWithoutABodyHasNoContentLengthAndAnEmptyStream() {
        assertEquals("total=0 reads=0 largest=0 after=-1,-1 declared=null", Client.of(APP).get("/count/").text());
    }

    @Test
    void theBodyCannotBeReadOnceTheApplicationHasAnswered() {
        AtomicReference<RequestBody> kept = new AtomicReference<>();
        Application keeper = request -> {
            kept.set(request.body());
            return Response.text(200, "length " + request.body().length());
        };

        assertEquals("length 3", Client.of(keeper).request("PUT", "/").body(new byte[3], null).send().text());
        var e = assertThrows(IOException.class, () -> kept.get().read());
        assertEquals("The request body was read after the application answered; the gateway lets an application "
                + "read it only within handle() and its streamed body's writer", e.getMessage());
    }

    @Test
    void aStreamedBodysWriterMayStillReadTheRequestBody() {
        Application app = request -> new Response(200, Headers.empty(), new ResponseBody.Streamed(
                out -> out.write(request.body().readAllBytes())));

        assertEquals("echoed", Client.of(app).request("POST", "/").body("echoed", "text/plain").send().text());
    }

    @Test
    void theExchangeIsWhatAServerHandsOver() {
        AtomicReference<dev.cairn.gateway.Request> seen = new AtomicReference<>();
        Application app = request -> {
            seen.set(request);
            return Response.text(200, "ok");
        };

        Client.of(app).secure(true).request("POST", "/a%20b/?q=1#frag").body("xy", "text/plain").send();

        dev.cairn.gateway.Request request = seen.get();
        assertEquals("/a%20b/?q=1", request.target());
        assertEquals("HTTP/1.1", request.version());
        assertEquals("https", request.scheme());
        assertEquals("127.0.0.1", request.client());
        assertEquals(true, request.connection().secure());
        assertEquals("TLSv1.3", request.connection().tls().protocol());
        assertEquals(List.of("localhost"), request.headers().all("Host"));
        assertEquals(List.of("2"), request.headers().all("Content-Length"));
        assertEquals(2, request.body().length());
    }

    @Test
    void jsonGoesOutAndComesBackAsJackson() {
        TestResponse response = Client.of(APP).postJson("/json/", Map.of("name", "ann", "tags", List.of("a", "b")));

        JsonNode json = response.assertStatus(200).json();
        assertEquals("ann", json.get("name").asText());
        assertEquals(2, json.get("tags").size());
        assertEquals(Map.of("name", "ann", "tags", List.of("a", "b")), response.json(Map.class));
        assertEquals("application/json", response.header("Content-Type"));
    }

    @Test
    void aMultipartUploadReachesTheViewWithFieldsAndFiles() {
        byte[] photo = new byte[70 * 1024];
        Arrays.fill(photo, (byte) '-');
        Multipart form = Multipart.of()
                .field("title", "Trip to the café")
                .file("doc", "notes.txt", "text/plain", "five!".getBytes(StandardCharsets.UTF_8))
                .file("doc", "résumé \"v2\".pdf", "application/pdf", new byte[]{0, 1, 2})
                .file("photo", "beach.jpg", "image/jpeg", photo);

        TestResponse response = Client.of(APP).post("/upload/", form);

        assertEquals("title=Trip to the café\n"
                + "doc=notes.txt (5 bytes, text/plain, sha " + hash("five!".getBytes(StandardCharsets.UTF_8)) + ")\n"
                + "doc=résumé %22v2%22.pdf (3 bytes, application/pdf, sha " + hash(new byte[]{0, 1, 2}) + ")\n"
                + "photo=beach.jpg (71680 bytes, image/jpeg, sha " + hash(photo) + ")", response.text());
    }

    private static String hash(byte[] bytes) {
        return Integer.toHexString(Arrays.hashCode(bytes));
    }

    @Test
    void aStreamedBodyIsRunIntoTheResponse() {
        assertEquals("one two three", Client.of(APP).get("/stream/").text());
    }

    @Test
    void aFileBodyIsReadFromItsRegion(@TempDir Path folder) {
        Path file = Site.file(folder, "0123456789");
        String url = "/file/?path=" + dev.cairn.http.PercentCodec.encodeQueryComponent(file.toString());
        Client client = Client.of(APP);

        assertEquals("0123456789", client.get(url).text());
        TestResponse range = client.request("GET", url).header("Range", "bytes=2-4").send();
        assertEquals(206, range.status());
        assertEquals("234", range.text());
        assertEquals("", client.head(url).text());
    }

    static Stream<Arguments> bodiless() {
        return Stream.of(
                Arguments.of("GET", 204, ""),
                Arguments.of("GET", 304, ""),
                Arguments.of("GET", 199, ""),
                Arguments.of("HEAD", 200, ""),
                Arguments.of("GET", 200, "body"),
                Arguments.of("GET", 404, "body"));
    }

    @ParameterizedTest(name = "{0} answered {1}")
    @MethodSource("bodiless")
    void noBodyArrivesWhereAServerSendsNoneAndAStreamIsNotRun(String method, int status, String expected) {
        AtomicInteger runs = new AtomicInteger();
        for (ResponseBody body : List.of(ResponseBody.of("body".getBytes(StandardCharsets.UTF_8)),
                new ResponseBody.Streamed(out -> {
                    runs.incrementAndGet();
                    out.write("body".getBytes(StandardCharsets.UTF_8));
                }))) {
            Application app = request -> new Response(status, Headers.empty(), body);

            assertEquals(expected, Client.of(app).request(method, "/").send().text());
        }
        assertEquals(expected.isEmpty() ? 0 : 1, runs.get());
    }

    @Test
    void aStreamedBodyThatBreaksItsContentLengthFailsTheTest() {
        Application app = request -> new Response(200, Headers.of("Content-Length", "10"),
                new ResponseBody.Streamed(out -> out.write(new byte[4])));

        var e = assertThrows(AssertionError.class, () -> Client.of(app).get("/"));
        assertEquals("The streamed body wrote 4 bytes but its Content-Length says 10; the server would cut the "
                + "connection", e.getMessage());
    }

    @Test
    void aStreamedBodyThatThrowsFailsTheTestWithTheCause() {
        IOException broken = new IOException("disk gone");
        Application app = request -> new Response(200, Headers.empty(), new ResponseBody.Streamed(out -> {
            out.write(new byte[3]);
            throw broken;
        }));

        var e = assertThrows(AssertionError.class, () -> Client.of(app).get("/"));
        assertEquals("The streamed body failed after its head; the server would cut the connection after 3 bytes",
                e.getMessage());
        assertSame(broken, e.getCause());
    }

    @Test
    void anApplicationsUncheckedExceptionReachesTheTestAsItIs() {
        IllegalStateException bug = new IllegalStateException("bug");
        Application app = request -> {
            throw bug;
        };

        assertSame(bug, assertThrows(IllegalStateException.class, () -> Client.of(app).get("/")));
    }

    @Test
    void anApplicationsCheckedExceptionFailsTheTestWithTheCause() {
        IOException checked = new IOException("socket");
        Application app = request -> {
            throw checked;
        };

        var e = assertThrows(AssertionError.class, () -> Client.of(app).get("/x?y=1"));
        assertEquals("The application threw instead of answering GET http://localhost/x?y=1", e.getMessage());
        assertSame(checked, e.getCause());
    }

    @Test
    void aWebAppTurnsAViewsExceptionIntoItsErrorPage() {
        Client.of(APP).get("/boom/").assertStatus(500);
    }

    @Test
    void bytesAreACopy() {
        TestResponse response = Client.of(APP).get("/hello/");
        response.bytes()[0] = 'J';

        assertArrayEquals("hello, world".getBytes(StandardCharsets.UTF_8), response.bytes());
    }
}
