package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS: a request over TLS, and handshakes that fail or stall cost only their own connection. */
class TlsIT {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static TlsConfig tls;
    private static SSLContext client;

    @BeforeAll
    static void makeKeys(@TempDir Path dir) throws Exception {
        Path p12 = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext",
                "san=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                p12.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, output);
        tls = TlsConfig.pkcs12(p12, PASSWORD);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            trusted.load(in, PASSWORD);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);
    }

    private static TestServer start() {
        return TestServer.start(r -> {
            var facts = r.connection().tls();
            return Response.text(200, r.scheme() + " " + facts.protocol() + " " + facts.alpn());
        }, b -> b.tls(tls).handshakeTimeout(Duration.ofSeconds(2)));
    }

    private static RawClient secureClient(int port) throws IOException {
        SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", port);
        var parameters = socket.getSSLParameters();
        parameters.setApplicationProtocols(new String[]{"http/1.1"});
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return new RawClient(socket);
    }

    @Test
    void requestIsServedOverTls() throws IOException {
        try (TestServer server = start(); RawClient https = secureClient(server.port())) {
            https.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\nGET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals("https TLSv1.3 http/1.1", https.read().text());
            assertEquals("https TLSv1.3 http/1.1", https.read().text(), "keep-alive over TLS");
        }
    }

    @Test
    void garbageHandshakeCostsOneConnection() throws IOException {
        try (TestServer server = start()) {
            try (RawClient garbage = server.client()) {
                garbage.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                garbage.untilClose(); // maybe a TLS alert, then the close
            }
            try (RawClient https = secureClient(server.port())) {
                https.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertEquals(200, https.read().status());
            }
        }
    }

    @Test
    void stalledHandshakeIsClosedAfterTheHandshakeTimeoutWhileOthersAreServed() throws IOException {
        try (TestServer server = start(); RawClient stalled = server.client()) {
            try (RawClient https = secureClient(server.port())) {
                https.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertEquals(200, https.read().status());
            }
            long started = System.nanoTime();
            assertTrue(stalled.closedByServer());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 5_000, "closed after " + millis + " ms");
        }
    }

    @Test
    void tlsOnAUnixSocketIsRefusedAtBuild(@TempDir Path dir) {
        var builder = Server.builder().application(r -> null).tls(tls).unixSocket(dir.resolve("s.sock"));
        var e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().contains("terminate TLS"), e.getMessage());
    }
}
