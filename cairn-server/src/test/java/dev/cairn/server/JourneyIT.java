package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.journey.Journey;
import dev.cairn.journey.RecentJourneys;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's stops on the journey (DESIGN.md rule 4), with secrets redacted (rule 5). */
class JourneyIT {

    @Test
    void serverRecordsItsStopsAroundTheApplicationsWithSecretsRedacted() throws IOException {
        RecentJourneys journeys = new RecentJourneys(10);
        try (TestServer server = TestServer.start(r -> {
            Journey.current().record("app", "handled", "target", r.target());
            return new Response(200, Headers.of("Set-Cookie", "session=hunter2"), ResponseBody.of("ok".getBytes()));
        }, b -> b.journeys(journeys)); RawClient client = server.client()) {
            client.send("GET /a HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret\r\nCookie: id=s3cret\r\n\r\n"
                    + "GET /b HTTP/1.1\r\nHost: x\r\n\r\n");
            client.read();
            client.read();
        }
        List<Journey> all = journeys.all();
        assertEquals(2, all.size());
        Journey first = all.get(0);
        assertTrue(first.id().endsWith("-1"), first.id());
        assertEquals(List.of("connection", "head received", "handled", "response head written", "response done"),
                first.stops().stream().map(Journey.Stop::event).toList());
        Map<String, Object> connection = first.stops("server").get(0).facts();
        assertEquals(0L, connection.get("requests"));
        assertEquals("none", connection.get("tls"));
        assertNotNull(connection.get("peer"));
        Map<String, Object> head = first.stops("server").get(1).facts();
        String raw = (String) head.get("head");
        assertTrue(raw.startsWith("GET /a HTTP/1.1\r\nHost: x\r\n"), raw);
        assertTrue(raw.contains("Authorization: [redacted]\r\n") && raw.contains("Cookie: [redacted]\r\n"), raw);
        assertFalse(raw.contains("s3cret"), raw);
        assertTrue((Long) head.get("nanos") >= 0);
        String written = (String) first.stops("server").get(2).facts().get("head");
        assertTrue(written.startsWith("HTTP/1.1 200 OK\r\n") && written.contains("Set-Cookie: [redacted]"), written);
        assertFalse(written.contains("hunter2"), written);
        assertEquals(Map.of("status", 200, "bytes", 2L), first.stops("server").get(3).facts());
        Journey second = all.get(1);
        assertTrue(second.id().endsWith("-2"), second.id());
        assertEquals(1L, second.stops("server").get(0).facts().get("requests"));
    }

    @Test
    void withoutASinkNoJourneyIsCarried() throws IOException {
        try (TestServer server = TestServer.start(r -> Response.text(200, String.valueOf(Journey.current())));
                RawClient client = server.client()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("null", client.read().text());
        }
    }
}
