package dev.cairn.web;

import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.http.SetCookie;
import dev.cairn.web.internal.Json;
import dev.cairn.web.staticfiles.ContentTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a view answers: a status, headers, cookies and a body; Django's {@code HttpResponse} and its kinds.
 *
 * <p>
 * A response is mutable so that middleware can add headers and cookies on the way out; it belongs to one request
 * and one thread. Factories name the kinds: {@link #html}, {@link #text}, {@link #json}, the redirects,
 * {@link #file} (answered with Range and conditional requests), {@link #stream} and {@link #notModified()}.
 */
public final class Response {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private int status;
    private final Headers.Builder headers;
    // Null until a cookie is set: most responses set none, and every response is made on the hot path.
    private List<SetCookie> cookies;
    private List<SetCookie> signedCookies;
    private ResponseBody body;
    private Path file;
    private String template;
    private Map<String, ?> context;

    private Response(int status, ResponseBody body) {
        this.status = checkStatus(status);
        this.body = body;
        this.headers = Headers.builder();
    }

    /** An empty response with this status. */
    public static Response of(int status) {
        return new Response(status, ResponseBody.empty());
    }

    /** A {@code text/html; charset=utf-8} response, status 200. */
    public static Response html(String html) {
        return bytes(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    /** A {@code text/plain; charset=utf-8} response, status 200. */
    public static Response text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    /** A response of bytes with this content type, status 200. */
    public static Response bytes(byte[] body, String contentType) {
        Response response = new Response(200, ResponseBody.of(body));
        response.headers.add("Content-Type", Objects.requireNonNull(contentType, "contentType"));
        return response;
    }

    /** A JSON response of any value Jackson can write (records, maps, lists, strings, numbers), status 200. */
    public static Response json(Object value) {
        return bytes(Json.write(value), "application/json");
    }

    /**
     * A response whose body is written as it is produced, status 200; its length is not known ahead, so the
     * server sends it chunked.
     */
    public static Response stream(String contentType, ResponseBody.Streamed.Writer writer) {
        Response response = new Response(200, new ResponseBody.Streamed(writer));
        response.headers.set("Content-Type", contentType);
        return response;
    }

    /**
     * A file from disk, status 200, with {@code Content-Type} from its name, {@code Last-Modified}, a weak ETag
     * from its size and modification time, and {@code Accept-Ranges: bytes}. When sent, a conditional request
     * ({@code If-None-Match}, {@code If-Modified-Since}) gets 304 and a {@code Range} request gets 206 or 416.
     *
     * @throws HttpError 404 if there is no such regular file
     */
    public static Response file(Path path) {
        long size;
        Instant modified;
        try {
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path.toString());
            }
            size = Files.size(path);
            modified = Files.getLastModifiedTime(path).toInstant();
        } catch (NoSuchFileException e) {
            throw HttpError.notFound("No such file: " + path.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Response response = new Response(200, new ResponseBody.File(path, 0, size));
        response.file = path;
        response.headers.set("Content-Type", ContentTypes.of(path.getFileName().toString()));
        response.headers.set("Last-Modified", dev.cairn.http.HttpDate.format(modified));
        response.headers.set("ETag", "W/\"" + HexFormat.of().toHexDigits(size) + "-"
                + HexFormat.of().toHexDigits(modified.toEpochMilli()) + "\"");
        response.headers.set("Accept-Ranges", "bytes");
        return response;
    }

    /** A 302 Found redirect: the usual answer, the method may change to GET. */
    public static Response redirect(String location) {
        return redirect(location, 302);
    }

    /** A 301 Moved Permanently redirect, which browsers cache. */
    public static Response permanentRedirect(String location) {
        return redirect(location, 301);
    }

    /** A 303 See Other redirect: the answer to a POST, fetched with GET (redirect after POST). */
    public static Response seeOther(String location) {
        return redirect(location, 303);
    }

    /**
     * A redirect with one of the redirect statuses: 301, 302, 303, 307 (method kept) or 308 (method kept,
     * permanent).
     *
     * @throws IllegalArgumentException for any other status, or a location with a line break
     */
    public static Response redirect(String location, int status) {
        if (!REDIRECTS.contains(status)) {
            throw new IllegalArgumentException("a redirect status is 301, 302, 303, 307 or 308, not " + status);
        }
        Objects.requireNonNull(location, "location");
        if (location.indexOf('\r') >= 0 || location.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a redirect location must not contain a line break");
        }
        Response response = new Response(status, ResponseBody.empty());
        response.headers.set("Location", location);
        return response;
    }

    /** A 304 Not Modified: the client's copy is current. */
    public static Response notModified() {
        return new Response(304, ResponseBody.empty());
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** Changes the status code (100-599, not 101, which only an upgrade answers). */
    public Response status(int status) {
        this.status = checkStatus(status);
        return this;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.first(name);
    }

    /** Sets a header, replacing any value it had. */
    public Response header(String name, String value) {
        headers.set(name, value);
        return this;
    }

    /** Adds a header line, keeping any it had. */
    public Response addHeader(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /** Removes every line of a header. */
    public Response removeHeader(String name) {
        headers.remove(name);
        return this;
    }

    /** The headers as they are now (without {@code Set-Cookie}, which {@link #cookies()} holds). */
    public Headers headers() {
        return headers.build();
    }

    /** Sets a cookie; a later cookie of the same name, domain and path replaces an earlier one. */
    public Response cookie(SetCookie cookie) {
        Objects.requireNonNull(cookie, "cookie");
        cookies = replacing(cookies, cookie);
        return this;
    }

    /** Tells the browser to delete a cookie set for path {@code /} and no domain. */
    public Response deleteCookie(String name) {
        return cookie(SetCookie.delete(name));
    }

    /** Tells the browser to delete a cookie set for this path and domain (either may be null). */
    public Response deleteCookie(String name, String path, String domain) {
        SetCookie.Builder builder = SetCookie.delete(name).toBuilder();
        if (path != null) {
            builder.path(path);
        }
        if (domain != null) {
            builder.domain(domain);
        }
        return cookie(builder.build());
    }

    /**
     * Sets a cookie whose value is signed with the project's secret key when the response is sent, so that
     * {@link Request#signedCookie(String)} can tell whether the client changed it. The salt is the cookie's
     * name, so a value signed for one cookie does not verify as another.
     */
    public Response signedCookie(SetCookie cookie) {
        Objects.requireNonNull(cookie, "cookie");
        signedCookies = replacing(signedCookies, cookie);
        return this;
    }

    /** The cookies to set, in order, signed cookies not yet included. */
    public List<SetCookie> cookies() {
        return cookies == null ? List.of() : Collections.unmodifiableList(cookies);
    }

    /** The cookies still to be signed when the response is sent. */
    public List<SetCookie> signedCookies() {
        return signedCookies == null ? List.of() : Collections.unmodifiableList(signedCookies);
    }

    /** The list with {@code cookie} added in place of any of the same name, domain and path; made if null. */
    private static List<SetCookie> replacing(List<SetCookie> list, SetCookie cookie) {
        List<SetCookie> result = list == null ? new ArrayList<>(2) : list;
        result.removeIf(c -> sameCookie(c, cookie));
        result.add(cookie);
        return result;
    }

    /** The body as the gateway will carry it. */
    public ResponseBody body() {
        return body;
    }

    /** Replaces the body (gzip middleware, for one); the caller keeps the headers true. */
    public Response body(ResponseBody body) {
        this.body = Objects.requireNonNull(body, "body");
        this.file = body instanceof ResponseBody.File f ? f.path() : null;
        return this;
    }

    /** The body's bytes when it is held in memory, else null (streams and files are not read here). */
    public byte[] bytes() {
        return body instanceof ResponseBody.Bytes b ? b.bytes() : null;
    }

    /** The body decoded as UTF-8 when it is held in memory, else null. */
    public String text() {
        byte[] bytes = bytes();
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The file a {@link #file(Path)} response sends, or null. */
    public Path file() {
        return file;
    }

    /** The template this response was rendered from, or null: for tests' assertions. */
    public String template() {
        return template;
    }

    /** The context the template was rendered with, or null: for tests' assertions. */
    public Map<String, ?> context() {
        return context;
    }

    /** Records the template and context the body was rendered from. */
    public Response rendered(String template, Map<String, ?> context) {
        this.template = template;
        this.context = context;
        return this;
    }

    /** {@code HX-Trigger}: client-side events htmx fires on receipt (a name, or a JSON object of events). */
    public Response hxTrigger(String events) {
        return header("HX-Trigger", events);
    }

    /** {@code HX-Redirect}: htmx does a full-page navigation to this URL. */
    public Response hxRedirect(String url) {
        return header("HX-Redirect", url);
    }

    /** {@code HX-Refresh: true}: htmx reloads the whole page. */
    public Response hxRefresh() {
        return header("HX-Refresh", "true");
    }

    /** {@code HX-Retarget}: swap into this CSS selector instead of the requesting element's target. */
    public Response hxRetarget(String selector) {
        return header("HX-Retarget", selector);
    }

    /** {@code HX-Reswap}: swap this way instead ({@code innerHTML}, {@code outerHTML}, {@code beforeend}, ...). */
    public Response hxReswap(String swap) {
        return header("HX-Reswap", swap);
    }

    /** {@code HX-Push-Url}: push this URL onto the browser's history ({@code false} to prevent it). */
    public Response hxPushUrl(String url) {
        return header("HX-Push-Url", url);
    }

    /** {@code HX-Location}: a client-side navigation without a full reload (a path, or a JSON object). */
    public Response hxLocation(String location) {
        return header("HX-Location", location);
    }

    @Override
    public String toString() {
        return "Response[" + status + ", " + headers.build() + "]";
    }

    private static int checkStatus(int status) {
        if (status < 100 || status > 599 || status == 101) {
            throw new IllegalArgumentException("a response status is 100-599 (not 101), not " + status);
        }
        return status;
    }

    private static boolean sameCookie(SetCookie a, SetCookie b) {
        return a.name().equals(b.name()) && Objects.equals(a.domain(), b.domain())
                && Objects.equals(a.path(), b.path());
    }
}
