package dev.cairn.gateway;

/**
 * An HTTP application: what a server calls once for each request. This interface and the six types around it
 * are the whole contract between a server and an application; a server written against them can run any
 * application, and an application any server.
 *
 * <h2>What the server does</h2>
 * <ul>
 * <li>Parses and validates the request head itself (RFC 9112). Malformed requests never reach the
 * application: the server answers them with a 4xx or 5xx and closes the connection.</li>
 * <li>Calls {@link #handle} on a thread of its own (in Cairn's server, the connection's virtual thread) and
 * may call it from many threads at once for different requests, so an application must be thread-safe.</li>
 * <li>Calls it once per request, in the order requests arrived on a connection, never for the next request
 * before the response to this one has been written.</li>
 * <li>Frames the response: it adds {@code Date}, {@code Server} (unless set), {@code Content-Length} or
 * chunked {@code Transfer-Encoding}, and {@code Connection: close} when the connection will close. It omits
 * the body for {@code HEAD} requests and for 1xx, 204 and 304 responses (RFC 9110 §6.4.1).</li>
 * <li>Drains (up to a limit) or discards the part of the request body the application did not read, so the
 * next request on the connection is never parsed from leftover body bytes.</li>
 * <li>Answers 500 if {@link #handle} throws, logging the exception, and keeps serving other requests.</li>
 * </ul>
 *
 * <h2>What the application does</h2>
 * <ul>
 * <li>Reads as much of {@link Request#body()} as it wants, within {@link #handle}. The body stream is not
 * valid after {@link #handle} returns (except for a {@link ResponseBody.Streamed} body writer, which may still
 * read it while it writes).</li>
 * <li>Returns a {@link Response}. It must not set {@code Content-Length} or {@code Transfer-Encoding} except as
 * {@link Response} describes; hop-by-hop framing is the server's business.</li>
 * </ul>
 */
@FunctionalInterface
public interface Application {

    /**
     * Handles one request and returns the response to send.
     *
     * @param request the request as the server received it; never null
     * @return the response; never null
     * @throws Exception anything; the server answers 500 and logs it
     */
    Response handle(Request request) throws Exception;
}
