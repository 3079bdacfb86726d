package dev.cairn.server.internal;

import java.util.concurrent.Semaphore;

/**
 * What a listener shares with every connection it accepted.
 *
 * @param config   the server's configuration
 * @param live     the open connections, for a graceful stop
 * @param permits  one per connection that may be open; a connection frees its own when it closes
 * @param watchdog bounds TLS handshakes and reads on Unix sockets
 */
record Listening(ServerConfig config, LiveConnections live, Semaphore permits, Watchdog watchdog) {}
