package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Connection;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real handshakes over loopback: a plain {@link ServerSocket} accepts, {@link TlsConfig#wrap} layers TLS over the
 * accepted socket as the server does, and a JSSE client connects.
 */
class TlsHandshakeTest {
    private static TestCertificates certs;
    private static TlsConfig rsa;
    private static SSLContext trustsRsa;

    @BeforeAll
    static void generate() throws Exception {
        certs = TestCertificates.shared();
        rsa = TlsConfig.pkcs12(certs.serverP12, TestCertificates.PASSWORD);
        trustsRsa = TestCertificates.clientTrusting(certs.certificate("rsa"), certs.certificate("ec"));
    }

    /** What each side saw of a completed handshake. */
    record Result(Connection.Tls server, Connection.Tls client, X509Certificate[] chain) {}

    /**
     * Accepts one connection on 127.0.0.1, wraps it and handshakes against a client set up by {@code client}.
     *
     * @throws ExecutionException carrying the server's failure, if the client's handshake succeeded but the
     *                            server's did not
     * @throws SSLException       the client's failure
     */
    static Result handshake(TlsConfig config, SSLContext clientContext, Consumer<SSLParameters> client)
            throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Connection.Tls> server = serve(listener, config);
            try (SSLSocket socket = (SSLSocket) clientContext.getSocketFactory().createSocket(InetAddress
                    .getLoopbackAddress(), listener.getLocalPort())) {
                socket.setSoTimeout(5_000);
                SSLParameters parameters = socket.getSSLParameters();
                client.accept(parameters);
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                // TLS 1.3 lets the client finish first; one byte back proves the server finished too.
                assertEquals('!', socket.getInputStream().read());
                Connection.Tls serverFacts = server.get(5, TimeUnit.SECONDS);
                return new Result(serverFacts, TlsConfig.facts(socket), (X509Certificate[]) socket.getSession()
                        .getPeerCertificates());
            } catch (SSLException e) {
                server.handle((facts, failure) -> null).get(5, TimeUnit.SECONDS);
                throw e;
            }
        }
    }

    /** Serves one connection on a virtual thread: accept, wrap, handshake, report the facts, write one byte. */
    private static CompletableFuture<Connection.Tls> serve(ServerSocket listener, TlsConfig config) {
        CompletableFuture<Connection.Tls> facts = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (Socket accepted = listener.accept(); SSLSocket tls = config.wrap(accepted)) {
                tls.setSoTimeout(5_000);
                tls.startHandshake();
                facts.complete(TlsConfig.facts(tls));
                tls.getOutputStream().write('!');
                tls.getOutputStream().flush();
            } catch (Throwable e) {
                facts.completeExceptionally(e);
            }
        });
        return facts;
    }

    /** The server's failure in a handshake the client also failed. */
    private static Throwable serverFailure(TlsConfig config, Consumer<SSLParameters> client) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Connection.Tls> server = serve(listener, config);
            try (SSLSocket socket = (SSLSocket) trustsRsa.getSocketFactory().createSocket(InetAddress
                    .getLoopbackAddress(), listener.getLocalPort())) {
                socket.setSoTimeout(5_000);
                SSLParameters parameters = socket.getSSLParameters();
                client.accept(parameters);
                socket.setSSLParameters(parameters);
                assertThrows(SSLHandshakeException.class, socket::startHandshake);
            }
            ExecutionException e = assertThrows(ExecutionException.class, () -> server.get(5, TimeUnit.SECONDS));
            return e.getCause();
        }
    }

    @Test
    void aDefaultClientGetsTls13AndFactsReportIt() throws Exception {
        Result r = handshake(rsa, trustsRsa, p -> {});
        assertEquals("TLSv1.3", r.server().protocol());
        assertTrue(List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256")
                .contains(r.server().cipher()), r.server().cipher());
        assertEquals("", r.server().alpn());
        assertEquals(r.server(), r.client());
    }

    @Test
    void aClientForcingTls12GetsTls12WithAnEcdheAeadSuite() throws Exception {
        Result r = handshake(rsa, trustsRsa, p -> p.setProtocols(new String[]{"TLSv1.2"}));
        assertEquals("TLSv1.2", r.server().protocol());
        assertTrue(r.server().cipher().startsWith("TLS_ECDHE_"), r.server().cipher());
        assertEquals(r.server(), r.client());
    }

    @Test
    void aTls11ClientHelloIsAnsweredWithAProtocolVersionAlert() throws Exception {
        // The JDK's own client refuses TLS 1.1 before sending a byte, so it cannot show what the server does;
        // hand-written bytes can. A TLS 1.1 ClientHello, no extensions:
        // > 16 0302 002f | 01 00002b | 0302 random[32] | 00 | 0004 c013 002f | 01 00
        byte[] hello = new byte[5 + 4 + 43];
        byte[] head = {0x16, 0x03, 0x02, 0x00, 0x2F, 0x01, 0x00, 0x00, 0x2B, 0x03, 0x02};
        System.arraycopy(head, 0, hello, 0, head.length);
        byte[] tail = {0x00, 0x00, 0x04, (byte) 0xC0, 0x13, 0x00, 0x2F, 0x01, 0x00};
        System.arraycopy(tail, 0, hello, hello.length - tail.length, tail.length);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Connection.Tls> server = serve(listener, rsa);
            try (Socket raw = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                raw.setSoTimeout(5_000);
                OutputStream out = raw.getOutputStream();
                out.write(hello);
                out.flush();
                byte[] alert = new byte[7];
                new DataInputStream(raw.getInputStream()).readFully(alert);
                // > 15 03xx 0002 | 02 46 : a fatal protocol_version alert (RFC 5246 §7.2)
                assertEquals(0x15, alert[0], "record type: alert");
                assertArrayEquals(new byte[]{0x02, 0x46}, new byte[]{alert[5], alert[6]}, "fatal protocol_version");
            }
            ExecutionException e = assertThrows(ExecutionException.class, () -> server.get(5, TimeUnit.SECONDS));
            assertInstanceOf(SSLHandshakeException.class, e.getCause());
        }
    }

    @Test
    void aJdkClientLimitedToTls11OrTls10CannotConnect() {
        assertThrows(SSLHandshakeException.class, () -> handshake(rsa, trustsRsa, p -> p.setProtocols(new String[]{
                "TLSv1.1", "TLSv1"})));
    }

    @Test
    void aClientOfferingOnlyDheOrCbcSuitesIsRefused() throws Exception {
        Throwable failure = serverFailure(rsa, p -> {
            p.setProtocols(new String[]{"TLSv1.2"});
            p.setCipherSuites(new String[]{"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
                    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"});
        });
        assertInstanceOf(SSLHandshakeException.class, failure);
    }

    @Test
    void alpnAgreesOnHttp11WhenTheClientOffersH2AndHttp11() throws Exception {
        Result r = handshake(rsa, trustsRsa, p -> p.setApplicationProtocols(new String[]{"h2", "http/1.1"}));
        assertEquals("http/1.1", r.server().alpn());
        assertEquals("http/1.1", r.client().alpn());
    }

    @Test
    void aClientOfferingOnlyH2ConnectsWithoutAlpnRatherThanFailing() throws Exception {
        Result r = handshake(rsa, trustsRsa, p -> p.setApplicationProtocols(new String[]{"h2"}));
        assertEquals("", r.server().alpn());
        assertEquals("", r.client().alpn());
        assertEquals("TLSv1.3", r.server().protocol());
    }

    @Test
    void aKeystoreWithRsaAndEcKeysServesEachToTheClientThatAsksForIt() throws Exception {
        Result ec = handshake(rsa, trustsRsa, p -> {
            p.setProtocols(new String[]{"TLSv1.2"});
            p.setCipherSuites(new String[]{"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"});
        });
        assertEquals("EC", ec.chain()[0].getPublicKey().getAlgorithm());
        Result r = handshake(rsa, trustsRsa, p -> {
            p.setProtocols(new String[]{"TLSv1.2"});
            p.setCipherSuites(new String[]{"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
        });
        assertEquals("RSA", r.chain()[0].getPublicKey().getAlgorithm());
    }

    @Test
    void aPemChainIsSentWholeSoAClientTrustingOnlyTheCaVerifiesTheHostname() throws Exception {
        String chain = Files.readString(certs.leafCert()) + Files.readString(certs.cert(
                "ca"));
        TlsConfig config = TlsConfig.pem(certs.write("served-chain.pem", chain), certs.write("served-leaf.key",
                TestCertificates.pem("PRIVATE KEY", certs.pkcs8("leaf"))));
        SSLContext trustsCa = TestCertificates.clientTrusting(certs.certificate("ca"));
        Result r = handshake(config, trustsCa, p -> p.setEndpointIdentificationAlgorithm("HTTPS"));
        assertEquals(2, r.chain().length);
        assertEquals("CN=Cairn Test CA", r.chain()[1].getSubjectX500Principal().getName());
    }

    @Test
    void anEd25519KeyHandshakes() throws Exception {
        TlsConfig config = TlsConfig.pem(certs.cert("ed"), certs.write("served-ed.key", TestCertificates.pem(
                "PRIVATE KEY", certs.pkcs8("ed"))));
        Result r = handshake(config, TestCertificates.clientTrusting(certs.certificate("ed")), p -> {});
        assertEquals("TLSv1.3", r.server().protocol());
        assertEquals("EdDSA", r.chain()[0].getPublicKey().getAlgorithm());
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateCannotConnect() throws Exception {
        SSLContext trustsOther = TestCertificates.clientTrusting(certs.certificate("other"));
        assertThrows(SSLHandshakeException.class, () -> handshake(rsa, trustsOther, p -> {}));
    }

    @Test
    void wrapLayersAServerModeSocketWithTheConfiguredParameters() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                Socket accepted = listener.accept()) {
            SSLSocket tls = rsa.wrap(accepted);
            assertFalse(tls.getUseClientMode());
            assertEquals(List.of("TLSv1.3", "TLSv1.2"), List.of(tls.getEnabledProtocols()));
            assertEquals(rsa.cipherSuites(), List.of(tls.getEnabledCipherSuites()));
            assertEquals(List.of("http/1.1"), List.of(tls.getSSLParameters().getApplicationProtocols()));
            assertTrue(tls.getSSLParameters().getUseCipherSuitesOrder());
            tls.close();
            assertTrue(accepted.isClosed(), "closing the TLS socket closes the accepted one");
            InputStream in = client.getInputStream();
            assertEquals(-1, in.read());
        }
    }
}
