package dev.cairn.gateway;

import dev.cairn.http.Headers;
import java.util.Objects;

/**
 * One HTTP request as a server hands it to an {@link Application}.
 *
 * <p>
 * Strings carry the wire's octets one char each (ISO-8859-1), so nothing is decoded or lost: {@code target} is
 * not percent-decoded, header names keep their case, repeated fields stay separate lines.
 *
 * @param method     the method token exactly as received ({@code GET}, {@code POST}, {@code PURGE}, ...)
 * @param target     the request-target exactly as received: {@code /path?query} (origin-form),
 *                   {@code http://host/path} (absolute-form) or {@code *} (asterisk-form, OPTIONS only)
 * @param version    {@code HTTP/1.0} or {@code HTTP/1.1}
 * @param headers    the header fields in the order received
 * @param body       the request body, de-chunked; empty (not null) when there is none
 * @param scheme     {@code http} or {@code https}: the connection's, or the one a trusted proxy reported
 * @param client     the client's address as {@code host} or {@code host:port}: the peer's, or the one a trusted
 *                   proxy reported ({@code Forwarded} / {@code X-Forwarded-For}); proxy headers from an
 *                   untrusted peer are ignored
 * @param connection what the server knows of the connection that carried the request
 */
public record Request(String method, String target, String version, Headers headers, RequestBody body,
        String scheme, String client, Connection connection) {

    /** Checks that nothing is null. */
    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(connection, "connection");
    }
}
