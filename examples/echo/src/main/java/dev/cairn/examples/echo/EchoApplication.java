package dev.cairn.examples.echo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.gateway.Application;
import dev.cairn.gateway.Request;
import dev.cairn.gateway.Response;
import dev.cairn.http.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A gateway application written with nothing but the gateway: it shows what the server handed over, and answers
 * the two TechEmpower tests the benchmarks measure.
 *
 * <table>
 * <caption>Routes, matched on the path of the request-target (the query is ignored)</caption>
 * <tr>
 * <th>path</th>
 * <th>answer</th>
 * </tr>
 * <tr>
 * <td>{@code /}, {@code /echo}, {@code /echo/...}, and every other target</td>
 * <td>the request as received, any method, in HTTP Garden's origin format ({@link EchoedRequest})</td>
 * </tr>
 * <tr>
 * <td>{@code /plaintext}</td>
 * <td>{@code Hello, World!} as {@code text/plain}</td>
 * </tr>
 * <tr>
 * <td>{@code /json}</td>
 * <td>{@code {"message":"Hello, World!"}} as {@code application/json}, serialized per request</td>
 * </tr>
 * </table>
 *
 * <p>
 * Every target but the two TechEmpower paths is echoed, because the application is also an origin for HTTP
 * Garden and for the llhttp conformance replayer ({@code send_cases.py --echo}), which send arbitrary targets
 * ({@code /url}, {@code *}, absolute-form) and expect each answer to be the echo.
 *
 * <p>
 * {@code /plaintext} and {@code /json} answer {@code GET} and {@code HEAD}, and 405 to other methods. The server
 * adds {@code Server}, {@code Date} and {@code Content-Length}.
 */
public final class EchoApplication implements Application {
    /** TechEmpower's plaintext body, exactly; shared because a response body array is never changed. */
    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
    private static final Headers TEXT_PLAIN = Headers.of("Content-Type", "text/plain");
    private static final Headers APPLICATION_JSON = Headers.of("Content-Type", "application/json");
    private static final Headers ALLOW_GET = Headers.of("Allow", "GET, HEAD", "Content-Type",
            "text/plain; charset=utf-8");

    /** One mapper for every request: Jackson's mappers are thread-safe once configured, and costly to make. */
    private final ObjectMapper json = new ObjectMapper();

    /** Creates the application; it keeps no state between requests. */
    public EchoApplication() {}

    /**
     * Routes the request by its path; see the class comment for the routes.
     *
     * @throws IOException if reading the request body fails; the server then answers 400 or 413
     */
    @Override
    public Response handle(Request request) throws IOException {
        String path = path(request.target());
        return switch (path) {
            case "/plaintext" -> readOnly(request) ? Response.of(200, TEXT_PLAIN, HELLO) : notAllowed();
            case "/json" -> readOnly(request)
                    ? Response.of(200, APPLICATION_JSON, json.writeValueAsBytes(new Message("Hello, World!")))
                    : notAllowed();
            default -> Response.of(200, APPLICATION_JSON, json.writeValueAsBytes(EchoedRequest.of(request)));
        };
    }

    /**
     * The path of a request-target: the target up to its query, with the scheme and authority of an
     * absolute-form target ({@code http://host/a?b}, RFC 9112 §3.2.2) removed. An absolute-form target without a
     * path has the path {@code /}; the asterisk-form {@code *} is its own path and matches nothing.
     */
    static String path(String target) {
        int start = 0;
        if (!target.startsWith("/")) {
            int scheme = target.indexOf("://");
            if (scheme < 0) {
                return target;
            }
            int slash = target.indexOf('/', scheme + 3);
            int query = target.indexOf('?', scheme + 3);
            if (slash < 0 || (query >= 0 && query < slash)) {
                return "/";
            }
            start = slash;
        }
        int query = target.indexOf('?', start);
        return target.substring(start, query < 0 ? target.length() : query);
    }

    private static boolean readOnly(Request request) {
        return request.method().equals("GET") || request.method().equals("HEAD");
    }

    private static Response notAllowed() {
        return Response.of(405, ALLOW_GET, "Method Not Allowed\n".getBytes(StandardCharsets.US_ASCII));
    }
}
