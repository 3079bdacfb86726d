package dev.cairn.server;

import dev.cairn.gateway.Connection;
import dev.cairn.server.internal.KeyMaterial;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * How the server speaks TLS: its certificate chain and private key, and the protocol settings every connection
 * gets. Built with the JDK's own TLS (JSSE); nothing else.
 *
 * <p>
 * The files are read and checked when the config is made, so a mistake stops start-up with a message that says
 * which file is wrong and how to fix it; no message ever contains key material.
 *
 * <p>
 * What every connection gets:
 * <ul>
 * <li><b>TLS 1.3 and TLS 1.2 only.</b> The JDK already disables SSLv3, TLS 1.0 and 1.1
 * ({@code jdk.tls.disabledAlgorithms}); setting the protocols here keeps them off even where that property is
 * relaxed for some other client in the same JVM.</li>
 * <li><b>Forward-secret AEAD cipher suites only:</b> the JDK's defaults, in the JDK's order of preference, kept when
 * they are TLS 1.3 suites or ECDHE with AES-GCM or ChaCha20-Poly1305. That drops the finite-field DHE suites and
 * every CBC suite the JDK still enables for old clients (Mozilla's "intermediate" profile, less DHE); every
 * browser of the last decade offers an ECDHE AEAD suite. The server's order wins over the client's.</li>
 * <li><b>ALPN offers {@code http/1.1} alone</b>, the only protocol Cairn speaks. A client that offers
 * {@code http/1.1} among others (browsers send {@code h2,http/1.1}) agrees on it. A client that offers only
 * protocols Cairn lacks ({@code h2} alone) still gets a connection, without ALPN agreement: JSSE's own
 * behaviour, given just {@link SSLParameters#setApplicationProtocols}, is the fatal {@code no_application_protocol}
 * alert of RFC 7301 §3.2, but a failed handshake tells the user nothing, while a connection without ALPN lets the
 * client decide (an HTTP/2 client gives up: RFC 9113 §3.3 lets it speak h2 over TLS only after ALPN agreement).</li>
 * </ul>
 *
 * <p>
 * The server calls {@link #wrap(Socket)} on each accepted socket, then {@code startHandshake()} under its
 * handshake timeout, then {@link #facts(SSLSocket)} for the {@link Connection}.
 */
public final class TlsConfig {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    private static final String HTTP_1_1 = "http/1.1";
    /** Not a cipher: the RFC 5746 signal JSSE keeps in its defaults. Harmless on a server, so left as it was. */
    private static final String RENEGOTIATION_SCSV = "TLS_EMPTY_RENEGOTIATION_INFO_SCSV";
    private static final Set<String> AEAD = Set.of("_GCM_", "_CHACHA20_POLY1305_");

    /**
     * Picks {@code http/1.1} when the client offers it, and otherwise no protocol at all, which JSSE treats as
     * "continue without ALPN" rather than failing the handshake.
     */
    private static final BiFunction<SSLSocket, List<String>, String> ALPN = (socket, offered) -> offered.contains(
            HTTP_1_1) ? HTTP_1_1 : "";

    private final SSLSocketFactory factory;
    private final String[] cipherSuites;
    private final String description;

    private TlsConfig(KeyMaterial material) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
            keys.init(material.keyStore(), material.password());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            this.factory = context.getSocketFactory();
            this.cipherSuites = strong(context.getDefaultSSLParameters().getCipherSuites());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not set up TLS with " + material.description(), e);
        }
        this.description = material.description();
    }

    /**
     * TLS with a PEM certificate chain and a PEM private key, the files a certificate authority or
     * {@code certbot} hands out ({@code fullchain.pem} and {@code privkey.pem}).
     *
     * <p>
     * The chain holds one or more {@code -----BEGIN CERTIFICATE-----} blocks, the server's certificate first and
     * then each issuer. The key is PKCS#8 ({@code BEGIN PRIVATE KEY}: RSA, EC, Ed25519), PKCS#1
     * ({@code BEGIN RSA PRIVATE KEY}) or SEC1 ({@code BEGIN EC PRIVATE KEY}), unencrypted; both may be the same
     * file.
     *
     * @throws IllegalArgumentException if a file is missing or unreadable, the chain has no certificate or is out
     *                                  of order, the key is encrypted or unreadable, or the key does not belong to
     *                                  the server's certificate; the message says which and how to fix it
     */
    public static TlsConfig pem(Path certificateChain, Path privateKey) {
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
        return new TlsConfig(KeyMaterial.fromPem(certificateChain, privateKey));
    }

    /**
     * TLS with the private keys and certificate chains of a PKCS#12 keystore ({@code .p12}, {@code .pfx}), as
     * {@code keytool} and {@code openssl pkcs12 -export} write them. A keystore may hold several keys (an RSA and an
     * EC one); each handshake uses the one the client supports. Each key must have the keystore's password.
     *
     * @param keystore the keystore file
     * @param password its password; copied, so the caller may clear its array afterwards
     * @throws IllegalArgumentException if the file is missing, unreadable or not a keystore, the password is wrong,
     *                                  there is no private key, or a key does not belong to its certificate
     */
    public static TlsConfig pkcs12(Path keystore, char[] password) {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
        return new TlsConfig(KeyMaterial.fromPkcs12(keystore, password));
    }

    /**
     * Layers a server-mode TLS socket over a socket just accepted, with this config's protocols, cipher suites and
     * ALPN. Nothing is read or written yet: the caller runs {@link SSLSocket#startHandshake()} under its own
     * timeout ({@link Socket#setSoTimeout} on either socket bounds it). Closing the returned socket closes
     * {@code accepted}.
     *
     * @throws IOException if the socket is already closed
     */
    public SSLSocket wrap(Socket accepted) throws IOException {
        SSLSocket socket = (SSLSocket) factory.createSocket(accepted, null, accepted.getPort(), true);
        socket.setUseClientMode(false);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setCipherSuites(cipherSuites.clone());
        parameters.setUseCipherSuitesOrder(true);
        parameters.setApplicationProtocols(new String[]{HTTP_1_1});
        socket.setSSLParameters(parameters);
        socket.setHandshakeApplicationProtocolSelector(ALPN);
        return socket;
    }

    /**
     * The facts of a completed handshake, for {@link Connection#tls()}: protocol ({@code TLSv1.3}), cipher suite
     * ({@code TLS_AES_128_GCM_SHA256}) and the ALPN protocol agreed ({@code http/1.1}), or {@code ""} when the
     * client offered none Cairn speaks. Call it after {@code startHandshake()} has returned.
     */
    public static Connection.Tls facts(SSLSocket socket) {
        SSLSession session = socket.getSession();
        String alpn = socket.getApplicationProtocol();
        return new Connection.Tls(session.getProtocol(), session.getCipherSuite(), alpn == null ? "" : alpn);
    }

    /** The protocols every connection may negotiate, most preferred first: {@code [TLSv1.3, TLSv1.2]}. */
    public List<String> protocols() {
        return List.of(PROTOCOLS);
    }

    /** The cipher suites every connection may negotiate, most preferred first. */
    public List<String> cipherSuites() {
        return List.of(cipherSuites);
    }

    /** What was loaded (files, key types, certificate subjects), for the start-up log; never key material. */
    @Override
    public String toString() {
        return "TlsConfig[" + description + "]";
    }

    /** The JDK's default suites that are TLS 1.3 or ECDHE with an AEAD cipher, in the JDK's order. */
    private static String[] strong(String[] defaults) {
        List<String> kept = new ArrayList<>();
        for (String suite : defaults) {
            boolean tls13 = suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_");
            boolean ecdheAead = suite.startsWith("TLS_ECDHE_") && AEAD.stream().anyMatch(suite::contains);
            if (tls13 || ecdheAead || suite.equals(RENEGOTIATION_SCSV)) {
                kept.add(suite);
            }
        }
        return kept.toArray(String[]::new);
    }
}
