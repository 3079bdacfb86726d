package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Application;
import dev.cairn.gateway.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The live server starts and stops with the JUnit context that owns it, and by hand outside JUnit. */
class LiveServerLifecycleIT {

    private static final Application HELLO = request -> Response.text(200, "hi");

    /** Registered on an instance field: a server for each test. */
    @RegisterExtension
    LiveServer perTest = LiveServer.of(HELLO);

    /** A JUnit context that says only its unique id, which is all the extension asks of one. */
    private static ExtensionContext context(String id) {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[]{ExtensionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUniqueId" -> id;
                    case "toString" -> "context " + id;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Sends a raw HTTP/1.1 GET and returns the whole response as text. */
    private static String get(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void anInstanceFieldsServerRunsForTheTest() throws IOException {
        assertTrue(perTest.isRunning());
        String response = get(perTest.port());

        assertTrue(response.startsWith("HTTP/1.1 200 OK\r\n"), response);
        assertTrue(response.endsWith("\r\n\r\nhi"), response);
    }

    @Test
    void onlyTheContextThatStartedTheServerStopsIt() {
        LiveServer server = LiveServer.of(HELLO);
        ExtensionContext outer = context("[engine:junit-jupiter]/[class:Outer]");
        ExtensionContext nested = context("[engine:junit-jupiter]/[class:Outer]/[nested-class:Inner]");

        server.beforeAll(outer);
        int port = server.port();
        server.beforeAll(nested);
        server.beforeEach(context("[engine:junit-jupiter]/[class:Outer]/[method:test()]"));
        server.afterEach(context("[engine:junit-jupiter]/[class:Outer]/[method:test()]"));
        server.afterAll(nested);

        assertTrue(server.isRunning());
        assertEquals(port, server.port());
        server.afterAll(outer);
        assertFalse(server.isRunning());
        assertThrows(ConnectException.class, () -> get(port));
    }

    @Test
    void aServerStartedForOneTestStopsAfterIt() {
        LiveServer server = LiveServer.of(HELLO);
        ExtensionContext test = context("[engine:junit-jupiter]/[class:C]/[method:t()]");

        server.beforeEach(test);
        assertTrue(server.isRunning());
        server.afterEach(test);

        assertFalse(server.isRunning());
    }

    @Test
    void theSupplierIsCalledWhenTheServerStartsEachTime() throws IOException {
        AtomicInteger made = new AtomicInteger();
        LiveServer server = LiveServer.of(() -> {
            int n = made.incrementAndGet();
            return request -> Response.text(200, "app " + n);
        });
        assertEquals(0, made.get());

        try (LiveServer first = server.start()) {
            assertTrue(get(first.port()).endsWith("app 1"));
        }
        try (LiveServer second = server.start()) {
            assertTrue(get(second.port()).endsWith("app 2"));
        }
        assertEquals(2, made.get());
    }

    @Test
    void startingTwiceKeepsOneServer() {
        try (LiveServer server = LiveServer.of(HELLO).start()) {
            int port = server.port();
            server.start();
            assertEquals(port, server.port());
            assertNotEquals(perTest.port(), port);
        }
    }

    @Test
    void aStoppedServerHasNoPortAndSaysHowToStartIt() {
        LiveServer server = LiveServer.of(HELLO);

        var e = assertThrows(IllegalStateException.class, server::port);
        assertEquals("The live server is not running: register it with @RegisterExtension (on a static field for one "
                + "server per class), or call start()", e.getMessage());
        assertEquals("LiveServer[stopped]", server.toString());
        server.close();
    }

    @Test
    void aUrlNeedsAPathFromTheRoot() {
        var e = assertThrows(IllegalArgumentException.class, () -> perTest.url("a/"));
        assertEquals("A path starts with '/', not 'a/'", e.getMessage());
    }

    @Test
    void aSupplierThatGivesNothingIsRefused() {
        var e = assertThrows(NullPointerException.class, () -> LiveServer.of(() -> null).start());
        assertEquals("the application supplier returned null", e.getMessage());
    }
}
