package dev.cairn.examples.echo;

import dev.cairn.gateway.Request;
import dev.cairn.http.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A request as an HTTP Garden origin reports it, so the Garden can compare what Cairn's server made of a request's
 * bytes with what other servers made of the same bytes. Every string is the Base64 of the octets received, which
 * keeps bytes that are not UTF-8 (obs-text, 0x80-0xFF) intact through JSON:
 *
 * <pre>{@code
 * {"method": "R0VU", "uri": "Lz9hPTE=", "version": "SFRUUC8xLjE=",
 *  "headers": [["SG9zdA==", "ZXhhbXBsZQ=="]], "body": ""}
 * }</pre>
 *
 * @param method  the method token
 * @param uri     the request-target, not decoded
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers each field line as a {@code [name, value]} pair, in order, names in their original case
 * @param body    the whole body, de-chunked
 */
record EchoedRequest(String method, String uri, String version, List<List<String>> headers, String body) {

    /** The request's fields in the Garden's encoding; reads the whole body. */
    static EchoedRequest of(Request request) throws IOException {
        Headers fields = request.headers();
        List<List<String>> headers = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            headers.add(List.of(base64(fields.name(i)), base64(fields.value(i))));
        }
        byte[] body = request.body().readAllBytes();
        return new EchoedRequest(base64(request.method()), base64(request.target()), base64(request.version()),
                headers, Base64.getEncoder().encodeToString(body));
    }

    /** The Base64 of a gateway string's octets: each char is one octet (ISO-8859-1), so none is lost. */
    static String base64(String octets) {
        return Base64.getEncoder().encodeToString(octets.getBytes(StandardCharsets.ISO_8859_1));
    }
}
