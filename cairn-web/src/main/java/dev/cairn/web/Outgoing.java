package dev.cairn.web;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.http.HttpDate;
import dev.cairn.http.SetCookie;
import dev.cairn.web.internal.Conditional;
import java.time.Instant;

/**
 * Turns a framework {@link Response} into the gateway's, as it leaves: signs the signed cookies, writes every
 * cookie as a {@code Set-Cookie} line, and answers a file response's conditional and Range requests.
 */
final class Outgoing {

    private Outgoing() {}

    static dev.cairn.gateway.Response toGateway(Request request, Response response, WebApp app) {
        if (response.body() instanceof ResponseBody.File file && response.file() != null) {
            fileRequest(request, response, file);
        }
        Headers headers = response.headers();
        if (!response.cookies().isEmpty() || !response.signedCookies().isEmpty()) {
            Headers.Builder builder = headers.toBuilder();
            for (SetCookie cookie : response.cookies()) {
                builder.add("Set-Cookie", cookie.toHeaderValue());
            }
            for (SetCookie cookie : response.signedCookies()) {
                String signed = app.cookieSigner(cookie.name()).sign(cookie.value());
                builder.add("Set-Cookie", cookie.withValue(signed).toHeaderValue());
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
                response.status(304).body(ResponseBody.empty());
                return;
            }
            case PRECONDITION_FAILED -> {
                response.status(412).body(ResponseBody.empty());
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
            response.status(416).body(ResponseBody.empty()).header("Content-Range", "bytes */" + size);
            return;
        }
        response.status(206).body(new ResponseBody.File(file.path(), span[0], span[1] - span[0] + 1));
        response.header("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + size);
    }
}
