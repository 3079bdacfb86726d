package dev.cairn.gateway;

import java.net.SocketAddress;
import java.util.Objects;

/**
 * What a server knows of the connection a request arrived on. Fixed for the connection's life; every request
 * on the connection shares one.
 *
 * @param id     the server's identifier for the connection, unique within the server's run
 * @param peer   the remote address of the socket: an {@link java.net.InetSocketAddress}, or a
 *               {@link java.net.UnixDomainSocketAddress} when the server listens on a Unix socket
 * @param local  the local address the connection was accepted on
 * @param secure whether the connection is TLS
 * @param tls    the TLS session's facts, or null when the connection is plain
 */
public record Connection(long id, SocketAddress peer, SocketAddress local, boolean secure, Tls tls) {

    /** Checks that the addresses are present and that {@code tls} is given exactly when {@code secure}. */
    public Connection {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(local, "local");
        if (secure != (tls != null)) {
            throw new IllegalArgumentException("tls must be given exactly when the connection is secure");
        }
    }

    /**
     * The facts of a TLS session.
     *
     * @param protocol the negotiated protocol: {@code TLSv1.3} or {@code TLSv1.2}
     * @param cipher   the cipher suite: {@code TLS_AES_128_GCM_SHA256}
     * @param alpn     the application protocol negotiated through ALPN, or the empty string if none was
     */
    public record Tls(String protocol, String cipher, String alpn) {
        /** Checks that nothing is null. */
        public Tls {
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(cipher, "cipher");
            Objects.requireNonNull(alpn, "alpn");
        }
    }
}
