package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Application;
import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.http.HttpLimits;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A broken application gets a 500 and the server keeps serving (DESIGN.md rule 6). */
class ErrorsIT {

    @Test
    void applicationExceptionIs500AndTheConnectionServesTheNextRequest() throws IOException {
        Application app = r -> {
            if (r.target().equals("/boom")) {
                throw new IllegalStateException("secret detail");
            }
            return Response.text(200, "fine");
        };
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET /boom HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse error = client.read();
            assertEquals(500, error.status());
            assertEquals("500 Internal Server Error", error.text(), "no detail reaches the client");
            assertNull(error.header("Connection"));
            client.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("fine", client.read().text());
        }
    }

    @Test
    void applicationExceptionAfterAPartialBodyReadStillKeepsADrainableConnection() throws IOException {
        Application app = r -> {
            r.body().read();
            throw new IOException("gave up");
        };
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcdGET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(500, client.read().status());
            assertEquals(500, client.read().status(), "the rest of the body was drained");
        }
    }

    @Test
    void nullResponseAndInterimStatusAre500() throws IOException {
        Application app = r -> r.target().equals("/null") ? null : Response.text(103, "early hints are not final");
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET /null HTTP/1.1\r\nHost: x\r\n\r\nGET /103 HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(500, client.read().status());
            assertEquals(500, client.read().status());
        }
    }

    @Test
    void fieldThatWouldSplitTheHeadIs500() throws IOException {
        Application app = r -> new Response(200, Headers.of("X-Evil", "a\r\nSet-Cookie: stolen=1"),
                ResponseBody.empty());
        try (TestServer server = TestServer.start(app); RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse response = client.read();
            assertEquals(500, response.status());
            assertNull(response.header("Set-Cookie"));
            assertNull(response.header("X-Evil"));
        }
    }

    @Test
    void bodyOverTheLimitIs413EvenWhenTheApplicationSwallowsTheError() throws IOException {
        Application app = r -> {
            try {
                r.body().readAllBytes();
            } catch (IOException e) {
                return Response.text(200, "pretending all is well");
            }
            return Response.text(200, "read it all");
        };
        try (TestServer server = TestServer.start(app, b -> b.limits(HttpLimits.DEFAULT.withMaxBodyBytes(4)));
                RawClient client = server.client()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
            RawResponse response = client.read();
            assertEquals(413, response.status());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void clientVanishingInsideTheBodyCostsOnlyItsConnection() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, new String(r.body().readAllBytes())))) {
            try (RawClient client = server.client()) {
                client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly some");
                client.shutdownOutput();
                RawResponse response = client.read();
                assertEquals(400, response.status());
            }
            try (RawClient client = server.client()) {
                client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok");
                assertEquals("ok", client.read().text());
            }
        }
    }
}
