/** The HTTP/1.1 server: accept loop, connections on virtual threads, keep-alive, limits, TLS. */
package dev.cairn.server;
