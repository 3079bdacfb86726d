package dev.cairn.web;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.http.HttpDate;
import dev.cairn.http.SetCookie;
import dev.cairn.web.internal.Conditional;
import java.time.Instant;
import java.util.List;

/**
 * Turns a framework {@link Response} into the gateway's, as it leaves: signs the signed cookies, writes every
 * cookie as a {@code Set-Cookie} line, and answers a file response's conditional and Range requests.
 */
final class Outgoing {

    /** Headers that describe a body's bytes, which a response without the body must not carry. */
    private static final List<String> REPRESENTATION = List.of("Content-Type", "Content-Encoding",
            "Content-Language", "Content-Disposition");

    private Outgoing() {}

    static dev.cairn.gateway.Response toGateway(Request request, Response response, WebApp app) {
        if (response.body() instanceof ResponseBody.File file && response.file() != null) {
            fileRequest(request, response, file);
        }
        try {
            return withCookies(response, app, true);
        } catch (RuntimeException e) {
            // A signed cookie without a secret key: the view's response cannot go out, so its error page does,
            // without the view's cookies and without signing any the page set.
            return withCookies(app.errors().respond(request, e), app, false);
        }
    }

    /** The gateway response with every cookie as a {@code Set-Cookie} line, the signed ones signed now if asked. */
    private static dev.cairn.gateway.Response withCookies(Response response, WebApp app, boolean signing) {
        Headers headers = response.headers();
        boolean sign = signing && !response.signedCookies().isEmpty();
        if (!response.cookies().isEmpty() || sign) {
            Headers.Builder builder = headers.toBuilder();
            for (SetCookie cookie : response.cookies()) {
                builder.add("Set-Cookie", cookie.toHeaderValue());
            }
            if (sign) {
                for (SetCookie cookie : response.signedCookies()) {
                    String signed = app.cookieSigner(cookie.name()).sign(cookie.value());
                    builder.add("Set-Cookie", cookie.withValue(signed).toHeaderValue());
                }
            }
            headers = builder.build();
        }
        return new dev.cairn.gateway.Response(response.status(), headers, response.body());
    }

    /**
     * Answers a whole-file response's preconditions (304, 412) and a single byte range (206, or 416 when it lies
     * past the end). Several ranges are answered with the whole file, which RFC 9110 §14.2 allows.
     */
    private static void fileRequest(Request request, Response response, ResponseBody.File file) {
        if (response.status() != 200 || file.offset() != 0) {
            return;
        }
        String etag = response.header("ETag");
        Instant modified = HttpDate.parse(response.header("Last-Modified"));
        switch (Conditional.evaluate(request.method(), request.headers(), etag, modified)) {
            case NOT_MODIFIED -> {
                withoutBody(response, 304);
                return;
            }
            case PRECONDITION_FAILED -> {
                withoutBody(response, 412);
                return;
            }
            case PROCEED -> {
            }
        }
        String range = request.header("Range");
        boolean safe = request.method().equals("GET") || request.method().equals("HEAD");
        if (range == null || !safe || !Conditional.ifRangeHolds(request.header("If-Range"), etag, modified)) {
            return;
        }
        long size = file.length();
        long[] span = ByteRange.parse(range, size);
        if (span == null) {
            return;
        }
        if (span.length == 0) {
            withoutBody(response, 416).header("Content-Range", "bytes */" + size);
            return;
        }
        response.status(206).body(new ResponseBody.File(file.path(), span[0], span[1] - span[0] + 1));
        response.header("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + size);
    }

    /**
     * Turns a file response into a bodiless one with this status, dropping the headers that described the file's
     * bytes: a 304 keeps its validators and caching headers (RFC 9110 §15.4.5), and an empty 412 or 416 body is
     * neither the file's type nor encoded.
     */
    private static Response withoutBody(Response response, int status) {
        for (String name : REPRESENTATION) {
            response.removeHeader(name);
        }
        return response.status(status).body(ResponseBody.empty());
    }
}
