package dev.cairn.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import dev.cairn.gateway.RequestBody;
import dev.cairn.http.Cookies;
import dev.cairn.http.FormUrlEncoded;
import dev.cairn.http.Headers;
import dev.cairn.http.HttpException;
import dev.cairn.http.MultipartParser;
import dev.cairn.http.Params;
import dev.cairn.http.Part;
import dev.cairn.http.PercentCodec;
import dev.cairn.journey.Journey;
import dev.cairn.web.auth.RequestUser;
import dev.cairn.web.internal.Json;
import dev.cairn.web.routing.Resolution;
import dev.cairn.web.sessions.Session;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.signing.BadSignature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The request a view and each middleware see: Django's {@code HttpRequest}, built from what the gateway handed
 * over.
 *
 * <p>
 * Everything is parsed when first asked for: the query, the cookies, the form (urlencoded or multipart, with
 * uploads streamed to temporary files), JSON. Bad input is answered, not guessed at: malformed escapes and bodies
 * are 400, an unsupported content type 415, a body over {@code DATA_UPLOAD_MAX_MEMORY_SIZE} 413. A request belongs
 * to one thread.
 *
 * <p>
 * The body can be read once, either as a stream ({@link #bodyStream()}, {@link #form()} for multipart) or into
 * memory ({@link #body()}, {@link #json()}, {@link #form()} for urlencoded); reading it into memory first lets it
 * be read again.
 */
public final class Request {

    private final dev.cairn.gateway.Request exchange;
    private final WebApp app;
    private final String rawPath;
    private final String queryString;
    private String path;
    private Params query;
    private Params cookies;
    private Params form;
    private Map<String, List<Part>> files;
    private byte[] body;
    private boolean streamTaken;
    private String host;
    private Htmx htmx;
    private Attributes attributes;
    private Resolution.Match<View> match;
    private Session session;
    private Resolution<View> resolution;
    private Supplier<? extends RequestUser> userSource;
    private RequestUser user;

    Request(dev.cairn.gateway.Request exchange, WebApp app) {
        this.exchange = exchange;
        this.app = app;
        String target = exchange.target();
        int start = pathStart(target);
        int question = target.indexOf('?', start);
        this.rawPath = question < 0 ? target.substring(start) : target.substring(start, question);
        this.queryString = question < 0 ? "" : target.substring(question + 1);
    }

    /** Where the path begins in an origin-form ({@code /a}), absolute-form or asterisk-form target. */
    private static int pathStart(String target) {
        if (target.startsWith("/") || target.equals("*")) {
            return 0;
        }
        int scheme = target.indexOf("://");
        int slash = scheme < 0 ? -1 : target.indexOf('/', scheme + 3);
        return slash < 0 ? target.length() : slash;
    }

    /** The exchange as the gateway handed it over, untouched. */
    public dev.cairn.gateway.Request exchange() {
        return exchange;
    }

    /** The application answering this request. */
    public WebApp app() {
        return app;
    }

    /** The project's settings. */
    public Settings settings() {
        return app.settings();
    }

    /** The method token ({@code GET}, {@code POST}, ...). */
    public String method() {
        return exchange.method();
    }

    /**
     * The path, percent-decoded as UTF-8 ({@code /caf%C3%A9/} is {@code /café/}).
     *
     * @throws HttpError 400 for a malformed escape or invalid UTF-8
     */
    public String path() {
        if (path == null) {
            path = parse(() -> PercentCodec.decodePath(rawPath));
        }
        return path;
    }

    /** The path as received, still percent-encoded. */
    public String rawPath() {
        return rawPath;
    }

    /** The query string as received, without the {@code ?}; empty when there is none. */
    public String queryString() {
        return queryString;
    }

    /** The raw path and the query, as in the request line: {@code /search?q=a%20b}. */
    public String fullPath() {
        return queryString.isEmpty() ? rawPath : rawPath + "?" + queryString;
    }

    /**
     * The query parameters, decoded, each name possibly repeated.
     *
     * @throws HttpError 400 for malformed escapes, 413 for too many fields
     */
    public Params query() {
        if (query == null) {
            query = queryString.isEmpty() ? Params.empty() : parseForm(queryString);
        }
        return query;
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        return query().first(name);
    }

    /** The header fields as received. */
    public Headers headers() {
        return exchange.headers();
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return exchange.headers().first(name);
    }

    /** The cookies the client sent, by name. */
    public Params cookies() {
        if (cookies == null) {
            cookies = Cookies.parse(exchange.headers());
        }
        return cookies;
    }

    /** A cookie's value, or null. */
    public String cookie(String name) {
        return cookies().first(name);
    }

    /**
     * The value of a cookie set with {@link Response#signedCookie}, if it is present and its signature holds;
     * empty when it is missing or was changed (which the journey records).
     */
    public Optional<String> signedCookie(String name) {
        String signed = cookie(name);
        if (signed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(app.cookieSigner(name).unsign(signed));
        } catch (BadSignature e) {
            Journey journey = Journey.current();
            if (journey != null) {
                journey.record("web", "signed cookie refused", "cookie", name, "reason", e.getMessage());
            }
            return Optional.empty();
        }
    }

    /** {@code http} or {@code https}, as the server or a trusted proxy reported it. */
    public String scheme() {
        return exchange.scheme();
    }

    /** Whether the request came over HTTPS (to this server or to a trusted proxy in front). */
    public boolean isSecure() {
        return "https".equals(exchange.scheme());
    }

    /** The client's address, as the server or a trusted proxy reported it. */
    public String client() {
        return exchange.client();
    }

    /**
     * The host the client asked for ({@code example.com} or {@code example.com:8000}), checked against
     * {@code ALLOWED_HOSTS}. {@code X-Forwarded-Host} is used instead of {@code Host} only when
     * {@code USE_X_FORWARDED_HOST} is on.
     *
     * @throws DisallowedHost when the host is malformed or not allowed: answered with 400
     */
    public String host() {
        if (host == null) {
            host = app.hosts().check(rawHost());
        }
        return host;
    }

    /** The host as sent, unchecked: for logging and error pages, never for building URLs. */
    String rawHost() {
        if (app.forwardedHost()) {
            String forwarded = header("X-Forwarded-Host");
            if (forwarded != null) {
                return forwarded.strip();
            }
        }
        String header = header("Host");
        return header == null ? "" : header;
    }

    /** This request's URI: scheme, checked host, path and query. */
    public String absoluteUri() {
        return scheme() + "://" + host() + fullPath();
    }

    /**
     * A location made absolute against this request's URI ({@code "../b"}, {@code "/c"}, {@code "?page=2"}, or
     * already absolute), resolved as RFC 3986 §5.2 says; characters a URI cannot hold are percent-encoded.
     *
     * @throws DisallowedHost when the host is malformed or not allowed
     */
    public String absoluteUri(String location) {
        return UriReferences.resolve(absoluteUri(), StandardCharsets.ISO_8859_1, location);
    }

    /** What htmx says about this request. */
    public Htmx htmx() {
        if (htmx == null) {
            htmx = Htmx.from(exchange.headers());
        }
        return htmx;
    }

    /**
     * The body in memory.
     *
     * @throws HttpError 413 above {@code DATA_UPLOAD_MAX_MEMORY_SIZE}
     * @throws IllegalStateException after the body was taken as a stream
     */
    public byte[] body() {
        if (body == null) {
            body = readBody();
        }
        return body;
    }

    /**
     * The body as a stream, read once; after {@link #body()} it reads the bytes held in memory.
     *
     * @throws IllegalStateException when the stream was already taken
     */
    public InputStream bodyStream() {
        if (body != null) {
            return new ByteArrayInputStream(body);
        }
        takeStream();
        return exchange.body();
    }

    /**
     * The body parsed as JSON.
     *
     * @throws HttpError 415 unless the content type is {@code application/json} or {@code +json}; 400 when it does
     *             not parse (the message gives the line and column, never the input)
     */
    public JsonNode json() {
        return json(JsonNode.class);
    }

    /**
     * The body parsed as JSON into a type (a record, a bean, a map).
     *
     * @throws HttpError 415 for another content type; 400 when it is empty, does not parse or does not fit the type
     *             (the message gives the line and column, never the input)
     * @throws IllegalStateException when Jackson cannot build the type at all: a mistake in the view, answered 500
     */
    public <T> T json(Class<T> type) {
        String mediaType = mediaType();
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new HttpError(415, "Expected a JSON body (Content-Type: application/json), not '" + mediaType + "'");
        }
        byte[] bytes = body();
        if (isBlank(bytes)) {
            throw HttpError.badRequest("Malformed JSON: the body is empty");
        }
        try {
            return Json.MAPPER.readValue(bytes, type);
        } catch (InvalidDefinitionException e) {
            // The type cannot be built at all (no usable constructor, a package not opened): the view's mistake.
            throw new IllegalStateException("Cannot read JSON into " + type.getName() + ": " + e.getOriginalMessage()
                    + " (a record or bean in a named module needs its package opened to com.fasterxml.jackson"
                    + ".databind)", e);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the offending input, so only the place and the kind of fault are told.
            String what = e instanceof DatabindException
                    ? "JSON does not fit " + type.getSimpleName()
                    : "Malformed JSON";
            var where = e.getLocation();
            throw HttpError.badRequest(what + (where == null
                    ? ""
                    : " at line " + where.getLineNr() + ", column " + where.getColumnNr()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * The form fields of an {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body;
     * empty for any other body (Django's {@code request.POST}).
     *
     * @throws HttpError 400 for a malformed body, 413 over a limit
     */
    public Params form() {
        if (form == null) {
            parseBody();
        }
        return form;
    }

    /** The first value of a form field, or null. */
    public String form(String name) {
        return form().first(name);
    }

    /** The uploaded files of a multipart body, by field name; empty for any other body. */
    public Map<String, List<Part>> files() {
        if (files == null) {
            parseBody();
        }
        return files;
    }

    /** The first file uploaded under a field name, or null. */
    public Part file(String name) {
        List<Part> parts = files().get(name);
        return parts == null || parts.isEmpty() ? null : parts.getFirst();
    }

    /** An attribute middleware or a view set on the request, or null. */
    public Object attribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    /** Sets an attribute for later middleware and the view. */
    public Request attribute(String name, Object value) {
        if (attributes == null) {
            attributes = new Attributes();
        }
        attributes.put(name, value);
        return this;
    }

    /** Removes an attribute. */
    public Request removeAttribute(String name) {
        if (attributes != null) {
            attributes.remove(name);
        }
        return this;
    }

    /** A snapshot of every attribute, in the order first set. */
    public Map<String, Object> attributes() {
        return attributes == null ? Map.of() : attributes.asMap();
    }

    /**
     * The visitor's session (Django's {@code request.session}), loaded from its store the first time it is used.
     *
     * @throws IllegalStateException when no {@link dev.cairn.web.sessions.SessionMiddleware} is installed
     */
    public Session session() {
        if (session == null) {
            throw new IllegalStateException("request.session() needs SessionMiddleware: add new SessionMiddleware("
                    + "store, settings) to WebApp.builder().middleware(...), above any middleware or view that uses "
                    + "the session");
        }
        return session;
    }

    /** Whether a {@link dev.cairn.web.sessions.SessionMiddleware} gave this request a session. */
    public boolean hasSession() {
        return session != null;
    }

    /** Gives the request its session; {@link dev.cairn.web.sessions.SessionMiddleware} does, for each request. */
    public Request session(Session session) {
        this.session = Objects.requireNonNull(session, "session");
        return this;
    }

    /**
     * What the URL resolver finds for this request's method and path: the route and view that will answer it, or a
     * 404 or 405. Resolved on the first call and kept, so a middleware that must know the view before it runs (the
     * CSRF check asks whether the view is exempt) sees exactly the resolution the site then dispatches on: the site
     * calls this too, once the middleware have passed the request on, and the resolver runs once per request. The
     * journey records the resolution where it first happens.
     *
     * @throws HttpError 400 for a malformed escape or invalid UTF-8 in the path
     */
    public Resolution<View> resolution() {
        if (resolution == null) {
            resolution = parse(() -> app.resolver().resolve(method(), rawPath));
        }
        return resolution;
    }

    /**
     * Who is making the request (Django's {@code request.user}): the user the authentication middleware's source
     * finds, asked for the first time this is called (a view that never asks costs no session or database access),
     * or the anonymous user when nobody is logged in.
     *
     * @throws IllegalStateException when no authentication middleware gave the request a user source
     */
    public RequestUser user() {
        if (user == null) {
            if (userSource == null) {
                throw new IllegalStateException("request.user() needs an authentication middleware: add contrib's "
                        + "new AuthenticationMiddleware(auth) to WebApp.builder().middleware(...), below "
                        + "SessionMiddleware and above any middleware or view that asks for the user");
            }
            user = Objects.requireNonNull(userSource.get(), "the user source returned null; return AnonymousUser"
                    + ".INSTANCE for nobody");
        }
        return user;
    }

    /** Whether an authentication middleware gave this request a user source, so that {@link #user()} answers. */
    public boolean hasUserSource() {
        return userSource != null;
    }

    /**
     * Gives the request the source of its user, asked at most once, on the first {@link #user()}; what an
     * authentication middleware does for each request.
     */
    public Request userSource(Supplier<? extends RequestUser> source) {
        this.userSource = Objects.requireNonNull(source, "source");
        this.user = null;
        return this;
    }

    /** Makes {@code user} the request's user from now on: what logging in and out do to the current request. */
    public Request user(RequestUser user) {
        Objects.requireNonNull(user, "user");
        this.userSource = () -> user;
        this.user = user;
        return this;
    }

    /** The route whose view was called, or null before the view is called and for unmatched requests. */
    public Resolution.Match<View> match() {
        return match;
    }

    void match(Resolution.Match<View> match) {
        this.match = match;
    }

    /** The path arguments the resolver converted, by parameter name ({@code <int:pk>} gives a Long). */
    public Map<String, Object> kwargs() {
        return match == null ? Map.of() : match.kwargs();
    }

    /** A converted path argument, or null. */
    public Object kwarg(String name) {
        return kwargs().get(name);
    }

    /**
     * A converted path argument of a known type.
     *
     * @throws IllegalArgumentException when there is no such argument or it has another type: a mistake in the
     *             view, not in the request
     */
    public <T> T kwarg(String name, Class<T> type) {
        Object value = kwarg(name);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Path argument '" + name + "' is "
                    + (value == null
                            ? "absent (asked for as "
                            : "of type " + value.getClass().getSimpleName()
                                    + " (not ")
                    + type.getSimpleName() + "); the route is " + (match == null ? "unmatched" : match.pattern()));
        }
        return type.cast(value);
    }

    /** Builds the path of a named route ({@code "blog:post"}), as {@code reverse} in templates. */
    public String reverse(String name, Object... args) {
        return app.resolver().reverse(name, args);
    }

    /** Renders a template with the project's context processors into a 200 HTML response. */
    public Response render(String template, Map<String, ?> context) {
        String html = app.templates().render(template, context, this);
        return Response.html(html).rendered(template, context);
    }

    /** Renders one block of a template as a fragment (an htmx partial) into a 200 HTML response. */
    public Response renderBlock(String template, String block, Map<String, ?> context) {
        String html = app.templates().renderBlock(template, block, context, this);
        return Response.html(html).rendered(template, context);
    }

    @Override
    public String toString() {
        return "Request[" + method() + " " + fullPath() + "]";
    }

    /**
     * Closes the uploads' temporary files once the site has answered; a streamed body, which the server writes
     * afterwards, must not read the uploads.
     */
    void close() {
        if (files == null) {
            return;
        }
        for (List<Part> parts : files.values()) {
            for (Part part : parts) {
                try {
                    part.close();
                } catch (IOException e) {
                    // A temporary file that cannot be deleted is the operating system's to reclaim.
                }
            }
        }
    }

    /** Records the render; the context goes by reference, for the test client's {@code context()}. */
    private void parseBody() {
        String mediaType = mediaType();
        form = Params.empty();
        files = Map.of();
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            // Escapes are bytes in the form's charset too: caf%E9 is "café" in ISO-8859-1 (WHATWG URL §5.1).
            Charset charset = charset();
            form = parse(() -> FormUrlEncoded.parse(body(), charset, FormUrlEncoded.DEFAULT_MAX_FIELDS));
        } else if (mediaType.equals("multipart/form-data")) {
            parseMultipart();
        }
    }

    private void parseMultipart() {
        MultipartParser parser = app.multipart();
        List<Part> parts;
        try {
            String boundary = MultipartParser.boundary(header("Content-Type"));
            parts = parser.parseAll(bodyStream(), boundary);
        } catch (HttpException e) {
            throw new HttpError(e.status(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Params.Builder fields = Params.builder();
        Map<String, List<Part>> uploads = new HashMap<>();
        for (Part part : parts) {
            if (part.isFile()) {
                uploads.computeIfAbsent(part.name(), k -> new ArrayList<>()).add(part);
            } else {
                try {
                    fields.add(part.name(), part.text(charset()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        form = fields.build();
        files = Collections.unmodifiableMap(uploads);
    }

    private Params parseForm(String text) {
        return parse(() -> FormUrlEncoded.parse(text, StandardCharsets.UTF_8, FormUrlEncoded.DEFAULT_MAX_FIELDS));
    }

    /** Runs a cairn-http parser, its wire errors becoming the framework's with the same status and message. */
    private static <T> T parse(Parser<T> parser) {
        try {
            return parser.parse();
        } catch (HttpException e) {
            throw new HttpError(e.status(), e.getMessage());
        }
    }

    /** A cairn-http parse that may refuse its input. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse() throws HttpException;
    }

    private byte[] readBody() {
        takeStream();
        long limit = app.settings().integer(Settings.DATA_UPLOAD_MAX_MEMORY_SIZE, 5 * 1024 * 1024 / 2);
        RequestBody stream = exchange.body();
        if (stream.length() > limit) {
            throw new HttpError(413, "The request body exceeds DATA_UPLOAD_MAX_MEMORY_SIZE (" + limit + " bytes)");
        }
        try {
            byte[] bytes = stream.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limit) {
                throw new HttpError(413, "The request body exceeds DATA_UPLOAD_MAX_MEMORY_SIZE (" + limit + " bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void takeStream() {
        if (streamTaken) {
            throw new IllegalStateException("The request body was already read as a stream; read it with body() "
                    + "first to read it more than once");
        }
        streamTaken = true;
    }

    /** The media type of the body, lower-case, without parameters; empty when there is none. */
    private String mediaType() {
        String contentType = header("Content-Type");
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of the content type, UTF-8 when absent; 400 when it names no known charset. */
    private Charset charset() {
        String contentType = header("Content-Type");
        int at = contentType == null ? -1 : contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = contentType.substring(at + "charset=".length()).split(";", 2)[0].strip().replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw HttpError.badRequest("Unknown charset in Content-Type");
        }
    }
}
