package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The site on Cairn's real server, asked over a socket, answers as the in-process client said it would. */
class LiveServerIT {

    @RegisterExtension
    static LiveServer server = LiveServer.of(Site::app);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static int portBeforeAll;

    @BeforeAll
    static void notePort(LiveServer injected) {
        assertSame(server, injected);
        portBeforeAll = injected.port();
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path)));
    }

    @Test
    void theServerListensOnAFreePortOfLoopback() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/a/?b=1", server.url("/a/?b=1"));
        assertEquals("LiveServer[http://127.0.0.1:" + server.port() + "/]", server.toString());
    }

    @Test
    void aTestMayTakeTheServerAsAParameter(LiveServer injected) {
        assertSame(server, injected);
        assertEquals(portBeforeAll, injected.port());
    }

    @Test
    void aPageIsServedOverTheSocket() throws Exception {
        HttpResponse<byte[]> response = send(at("/?name=live"));

        assertEquals(200, response.statusCode());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("<h1>Hello, live!</h1>"));
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Cairn", response.headers().firstValue("Server").orElseThrow());
    }

    @Test
    void redirectAfterPostWorksOverTheSocket() throws Exception {
        HttpResponse<byte[]> posted = send(at("/form/").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=Live+trip")));

        assertEquals(303, posted.statusCode());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertEquals("/done/?title=Live+trip", location);
        assertTrue(new String(send(at(location)).body(), StandardCharsets.UTF_8).contains("Saved Live trip."));
    }

    @Test
    void aCookieSetOverTheSocketComesBack() throws Exception {
        HttpResponse<byte[]> set = send(at("/flavor/set/?value=spelt"));
        String cookie = set.headers().firstValue("Set-Cookie").orElseThrow();

        assertEquals("flavor=spelt; Path=/; HttpOnly", cookie);
        HttpResponse<byte[]> read = send(at("/flavor/").header("Cookie", "flavor=spelt"));
        assertEquals("flavor is spelt", new String(read.body(), StandardCharsets.UTF_8));
    }

    /** A request made both ways: through the in-process client, and over the socket. */
    private record Both(String name, Function<Client, TestResponse> inProcess, HttpRequest.Builder live) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> sameAnswers() {
        byte[] big = new byte[200 * 1024];
        Arrays.fill(big, (byte) 'b');
        Multipart.Body upload = Multipart.of().field("title", "Live")
                .file("doc", "big.bin", "application/octet-stream", big).encode();
        return Stream.of(
                new Both("hello", c -> c.get("/hello/"), at("/hello/")),
                new Both("home", c -> c.get("/?name=bob"), at("/?name=bob")),
                new Both("missing", c -> c.get("/missing/"), at("/missing/")),
                new Both("json", c -> c.postJson("/json/", Map.of("a", 1)), at("/json/")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))),
                new Both("upload", c -> c.post("/upload/", Multipart.of().field("title", "Live")
                        .file("doc", "big.bin", "application/octet-stream", big)), at("/upload/")
                                .header("Content-Type", upload.contentType())
                                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.bytes()))),
                new Both("stream", c -> c.get("/stream/"), at("/stream/")),
                new Both("head", c -> c.head("/hello/"), at("/hello/").method("HEAD",
                        HttpRequest.BodyPublishers.noBody())),
                new Both("redirect", c -> c.get("/redirect/307/"), at("/redirect/307/")),
                new Both("error", c -> c.get("/boom/"), at("/boom/")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameAnswers")
    void theInProcessClientSeesWhatTheSocketSees(Both request) throws Exception {
        TestResponse inProcess = request.inProcess().apply(Client.of(Site.app()));
        HttpResponse<byte[]> live = send(request.live());

        assertEquals(live.statusCode(), inProcess.status());
        // The debug 500 page shows the journey, which the in-process client records and the live server does not.
        if (inProcess.status() != 500) {
            assertArrayEquals(live.body(), inProcess.bytes(), () -> new String(live.body(), StandardCharsets.UTF_8));
        }
        assertEquals(live.headers().firstValue("Content-Type").orElse(null), inProcess.header("Content-Type"));
        assertEquals(live.headers().firstValue("Location").orElse(null), inProcess.header("Location"));
    }

    @Test
    void overTheSocketTooTheViewReadsExactlyContentLengthBytes() throws Exception {
        byte[] big = new byte[200 * 1024];

        String report = new String(send(at("/count/").POST(HttpRequest.BodyPublishers.ofByteArray(big))).body(),
                StandardCharsets.UTF_8);

        // How many reads it takes is the network's business; the total and the end of stream are not.
        assertTrue(report.matches("total=204800 reads=\\d+ largest=\\d+ after=-1,-1 declared=204800"), report);
    }

    @Nested
    class InANestedClass {
        @Test
        void theOuterClassesServerKeepsRunning() {
            assertTrue(server.isRunning());
            assertEquals(portBeforeAll, server.port());
        }
    }
}
