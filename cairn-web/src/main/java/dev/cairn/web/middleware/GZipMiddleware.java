package dev.cairn.web.middleware;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.settings.Settings;

/**
 * Compresses responses with gzip for clients that accept it, as Django's {@code GZipMiddleware}.
 *
 * <p>
 * A response is compressed when all of these hold: status 200 (a 206 is a slice of the identity coding), no
 * {@code Content-Encoding} yet, a type worth compressing ({@code text/*}, JSON, JavaScript, XML, SVG, and any
 * {@code +json} or {@code +xml}), and a body either streamed or in memory of at least 200 bytes; the client's
 * {@code Accept-Encoding} must give gzip (or {@code *}) a weight above 0. Such a response varies by
 * {@code Accept-Encoding} whether or not this client gets gzip, so {@code Vary} says so for caches. A body in
 * memory is sent as it is when gzip would not make it smaller. A strong {@code ETag} becomes weak, since the bytes
 * differ from the identity's while the content is the same (RFC 9110 §8.8.1). File bodies are left alone: static
 * files are served from precompressed variants.
 *
 * <p>
 * It is not in {@link Middlewares#defaults}: compressing a page that holds both a secret (a CSRF token) and text
 * an attacker controls lets the attacker guess the secret from the compressed sizes (BREACH). Turn it on where
 * pages do not mix the two, or behind a proxy that compresses. Put it above any middleware that reads or changes
 * the body.
 */
public final class GZipMiddleware implements Middleware {

    /** Bodies smaller than this gain too little to be worth compressing. */
    static final int MIN_LENGTH = 200;

    private static final String NAME = GZipMiddleware.class.getSimpleName();

    /** Takes no settings today; the constructor takes them so that it can, as every built-in middleware does. */
    public GZipMiddleware(Settings settings) {}

    @Override
    public Response handle(Request request, Chain next) {
        Response response = next.proceed(request);
        ResponseBody body = response.body();
        String refusal = refusal(response, body);
        if (refusal == null) {
            Vary.add(response, "Accept-Encoding");
            refusal = AcceptEncoding.acceptsGzip(request.headers()) ? null : "client does not accept gzip";
        }
        if (refusal == null && body instanceof ResponseBody.Bytes bytes) {
            refusal = compress(response, bytes.bytes());
        } else if (refusal == null && body instanceof ResponseBody.Streamed streamed) {
            response.body(new ResponseBody.Streamed(Gzip.streaming(streamed.writer(), NAME)));
            encoded(response);
            Decision.record(NAME, "compressing stream", "type", response.header("Content-Type"));
        }
        if (refusal != null) {
            Decision.record(NAME, "not compressed", "reason", refusal);
        }
        return response;
    }

    /** Why the response is not to be compressed whatever the client accepts, or null when it may be. */
    private static String refusal(Response response, ResponseBody body) {
        if (response.status() != 200) {
            return "status is not 200";
        }
        if (response.header("Content-Encoding") != null) {
            return "already encoded";
        }
        if (!(body instanceof ResponseBody.Bytes) && !(body instanceof ResponseBody.Streamed)) {
            return "file or upgrade body";
        }
        if (body instanceof ResponseBody.Bytes bytes && bytes.bytes().length < MIN_LENGTH) {
            return "shorter than " + MIN_LENGTH + " bytes";
        }
        if (!compressible(response.header("Content-Type"))) {
            return "type not compressible";
        }
        return null;
    }

    /** Compresses a body in memory; returns why it was not, or null when it was. */
    private static String compress(Response response, byte[] bytes) {
        byte[] gzipped = Gzip.compress(bytes);
        if (gzipped == null) {
            return "gzip would not be smaller";
        }
        response.body(ResponseBody.of(gzipped));
        encoded(response);
        Decision.record(NAME, "compressed", "bytes", bytes.length, "gzipped", gzipped.length);
        return null;
    }

    /** Marks the response as gzipped and its validator as weak. */
    private static void encoded(Response response) {
        response.header("Content-Encoding", "gzip");
        response.removeHeader("Content-Length");
        String etag = response.header("ETag");
        if (etag != null && etag.startsWith("\"")) {
            response.header("ETag", "W/" + etag);
        }
    }

    /** Whether a media type compresses well: text, and the structured text formats sent as application/. */
    static boolean compressible(String contentType) {
        MediaType type = MediaType.of(contentType);
        return type != null && (type.startsWith("text/") || type.is("application/json")
                || type.is("application/javascript") || type.is("application/xml") || type.is("image/svg+xml")
                || type.endsWith("+json") || type.endsWith("+xml"));
    }
}
