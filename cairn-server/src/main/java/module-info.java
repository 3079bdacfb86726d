/**
 * The HTTP/1.1 server: accept loop, connections on virtual threads, keep-alive, pipelining, limits, timeouts,
 * TLS and a graceful stop.
 *
 * <p>
 * {@code dev.cairn.server} is the API ({@code Server}, {@code TlsConfig}, {@code TrustedProxies});
 * {@code dev.cairn.server.internal} holds the machinery (the listener, the request loop, the body streams) and
 * stays unexported, so it can change without breaking anyone. {@code jdk.unsupported} provides
 * {@code sun.misc.Signal}, which lets a SIGTERM stop the server gracefully and exit 0.
 */
module dev.cairn.server {
    requires transitive dev.cairn.gateway;
    requires transitive dev.cairn.journey;
    requires jdk.unsupported;

    exports dev.cairn.server;
}
