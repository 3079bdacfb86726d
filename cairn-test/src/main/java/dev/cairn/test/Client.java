package dev.cairn.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cairn.gateway.Application;
import dev.cairn.http.Headers;
import dev.cairn.http.SetCookie;
import dev.cairn.web.csrf.TestClientBypass;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Django's test {@code Client}: sends requests to an application in process, through the gateway, with no socket,
 * and keeps cookies between them as a browser does.
 *
 * <pre>{@code
 * Client client = Client.of(app);
 * client.post("/login/", Map.of("user", "ann", "password", "s3cret")).assertRedirects("/");
 * client.get("/").assertContains("Hello, ann").assertTemplateUsed("home.html");
 * }</pre>
 *
 * <p>
 * Each request reaches the application as a server would hand it over: {@code HTTP/1.1} from {@code 127.0.0.1},
 * {@code Host: localhost} (see {@link #host(String)}), scheme {@code http} unless {@link #secure(boolean)}, and a
 * body of exactly {@code Content-Length} bytes that reads like a socket (never past its end, a bounded amount per
 * read, not at all once the application has answered). The application runs inside a {@link dev.cairn.journey.Journey
 * journey}, so the response can tell which templates were rendered, with which context. As Django's, it skips the
 * site's CSRF check unless {@link #enforceCsrfChecks(boolean)} is on.
 *
 * <p>
 * An unchecked exception the application throws reaches the test as it is, and a checked one wrapped in an
 * {@link AssertionError}: a test sees the bug, where the server would answer 500. A {@link dev.cairn.web.WebApp}
 * turns its views' exceptions into error pages itself, so through one the test sees the page.
 *
 * <p>
 * A client is for one test at a time: it is not thread-safe.
 */
public final class Client {

    /** Jackson with its defaults, as the framework has it: records, maps, lists and beans both ways. */
    static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The most redirects followed for one request, as browsers limit them. */
    static final int MAX_REDIRECTS = 20;
    private static final AtomicLong CONNECTIONS = new AtomicLong();

    private final Application application;
    private final CookieJar jar;
    private final Headers.Builder defaults = Headers.builder();
    private String host = "localhost";
    private boolean secure;
    private boolean followRedirects;
    private boolean enforceCsrfChecks;

    private Client(Application application, Clock clock) {
        this.application = Objects.requireNonNull(application, "application");
        this.jar = new CookieJar(clock);
    }

    /** A client for any gateway application, usually a {@link dev.cairn.web.WebApp}. */
    public static Client of(Application application) {
        return new Client(application, Clock.systemUTC());
    }

    /** A client whose cookies expire by this clock, for tests of expiry. */
    static Client of(Application application, Clock clock) {
        return new Client(application, clock);
    }

    /**
     * Sets the {@code Host} sent with each request (default {@code localhost}, with a port if wanted:
     * {@code example.com:8000}).
     *
     * <p>
     * The default is {@code localhost} rather than Django's {@code testserver} because a site in debug with no
     * {@code ALLOWED_HOSTS} accepts {@code localhost} and would refuse {@code testserver} with a 400; a site with
     * {@code ALLOWED_HOSTS} set must list the host its tests use.
     */
    public Client host(String host) {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty() || host.chars().anyMatch(c -> c == '/' || c == '?' || c == '#' || c == '@' || c <= ' ')) {
            throw new IllegalArgumentException("A host is a name or address with an optional port, not '" + host
                    + "'");
        }
        this.host = host;
        return this;
    }

    /** Sends requests as https ({@code true}) or http (the default); Secure cookies go over https only. */
    public Client secure(boolean secure) {
        this.secure = secure;
        return this;
    }

    /**
     * Makes the site check CSRF tokens on this client's requests (default off), as Django's
     * {@code Client(enforce_csrf_checks=True)}. Off, a test posts a form without fetching its token first; the
     * check is switched off by {@link TestClientBypass} around the call into the application, which nothing a
     * request carries can do, so a request over a socket is always checked. On, a test sends the token itself: the
     * value of the {@code csrftoken} cookie (see {@link #cookie(String)}) in the form field
     * {@code csrfmiddlewaretoken} or the {@code X-CSRFToken} header.
     */
    public Client enforceCsrfChecks(boolean enforce) {
        this.enforceCsrfChecks = enforce;
        return this;
    }

    /** Follows redirects for every request (default off); {@link TestRequest#follow()} decides for one. */
    public Client followRedirects(boolean follow) {
        this.followRedirects = follow;
        return this;
    }

    /**
     * Sends this header with every request that does not set it itself.
     *
     * @throws IllegalArgumentException as {@link TestRequest#header(String, String)} does
     */
    public Client header(String name, String value) {
        TestRequest.checkHeader(name, value);
        defaults.add(name, value);
        return this;
    }

    /** The cookies the client holds, oldest first, with the domain (null when host-only) and path they apply to. */
    public List<SetCookie> cookies() {
        return jar.cookies();
    }

    /** The value of a cookie the client holds (the first set, when several paths hold the name), or null. */
    public String cookie(String name) {
        return cookies().stream().filter(c -> c.name().equals(name)).map(SetCookie::value).findFirst().orElse(null);
    }

    /**
     * Sets a cookie for the client's host and path {@code /}, as if a response had set it.
     *
     * @throws IllegalArgumentException when the name or value could not be a cookie's (RFC 6265 §4.1.1)
     */
    public Client cookie(String name, String value) {
        jar.store(origin(null), SetCookie.builder(name, value).path("/").build());
        return this;
    }

    /** Forgets every cookie. */
    public Client clearCookies() {
        jar.clear();
        return this;
    }

    /** A GET. */
    public TestResponse get(String path) {
        return request("GET", path).send();
    }

    /** A GET with these fields added to the query string; a {@code Collection} value repeats the name. */
    public TestResponse get(String path, Map<String, ?> query) {
        return request("GET", path).query(query).send();
    }

    /** A POST of an {@code application/x-www-form-urlencoded} form; a {@code Collection} value repeats the name. */
    public TestResponse post(String path, Map<String, ?> form) {
        return request("POST", path).form(form).send();
    }

    /** A POST of a {@code multipart/form-data} form. */
    public TestResponse post(String path, Multipart form) {
        return request("POST", path).multipart(form).send();
    }

    /** A POST of a value as JSON. */
    public TestResponse postJson(String path, Object value) {
        return request("POST", path).json(value).send();
    }

    /** A PUT of these bytes with this content type. */
    public TestResponse put(String path, byte[] body, String contentType) {
        return request("PUT", path).body(body, contentType).send();
    }

    /** A PUT of a value as JSON. */
    public TestResponse putJson(String path, Object value) {
        return request("PUT", path).json(value).send();
    }

    /** A PATCH of these bytes with this content type. */
    public TestResponse patch(String path, byte[] body, String contentType) {
        return request("PATCH", path).body(body, contentType).send();
    }

    /** A PATCH of a value as JSON. */
    public TestResponse patchJson(String path, Object value) {
        return request("PATCH", path).json(value).send();
    }

    /** A DELETE. */
    public TestResponse delete(String path) {
        return request("DELETE", path).send();
    }

    /** A HEAD; the response has the headers of a GET and no body. */
    public TestResponse head(String path) {
        return request("HEAD", path).send();
    }

    /** An OPTIONS. */
    public TestResponse options(String path) {
        return request("OPTIONS", path).send();
    }

    /** Starts a request with any method, to add headers and a body before {@link TestRequest#send()}. */
    public TestRequest request(String method, String path) {
        return new TestRequest(this, method, path);
    }

    /**
     * Sends a request and, when asked, follows its redirects: 301, 302 and 303 as a GET without the body (a HEAD
     * stays a HEAD), 307 and 308 with the method and body kept (RFC 9110 §15.4).
     *
     * @throws AssertionError after {@value #MAX_REDIRECTS} redirects, listing them
     */
    TestResponse send(String method, String path, Headers headers, byte[] body, Boolean follow) {
        boolean following = follow != null ? follow : followRedirects;
        TestResponse.Sent first = new TestResponse.Sent(method, Urls.absolute(origin(headers.first("Host"))
                .toString(), path));
        TestResponse.Sent sent = first;
        Headers extra = headers.toBuilder().remove("Host").build();
        List<TestResponse.Redirect> chain = new ArrayList<>();
        while (true) {
            TestResponse response = new TestResponse(first, sent, once(sent, extra, body), chain);
            String location = response.header("Location");
            if (!following || !TestResponse.REDIRECTS.contains(response.status()) || location == null) {
                return response;
            }
            if (chain.size() == MAX_REDIRECTS) {
                throw new AssertionError("More than " + MAX_REDIRECTS + " redirects from " + first + ": " + chain);
            }
            URI next = Urls.resolve(sent.url(), location);
            chain.add(new TestResponse.Redirect(next.toString(), response.status()));
            boolean keepsMethod = response.status() == 307 || response.status() == 308;
            if (!keepsMethod) {
                body = null;
                extra = extra.toBuilder().remove("Content-Type").build();
            }
            sent = new TestResponse.Sent(keepsMethod || sent.method().equals("HEAD") ? sent.method() : "GET", next);
        }
    }

    /** One exchange: the headers a browser would send, the cookies in, the cookies out. */
    private InProcess.Result once(TestResponse.Sent sent, Headers extra, byte[] body) {
        Headers.Builder headers = Headers.builder().add("Host", sent.url().getRawAuthority());
        List<String> cookies = new ArrayList<>(2);
        for (Headers source : List.of(extra, defaults.build())) {
            for (int i = 0; i < source.size(); i++) {
                String name = source.name(i);
                if (source != extra && extra.contains(name)) {
                    continue;
                }
                if (name.equalsIgnoreCase("Cookie")) {
                    cookies.add(source.value(i));
                } else {
                    headers.add(name, source.value(i));
                }
            }
        }
        String jarred = jar.header(sent.url());
        if (jarred != null) {
            cookies.add(jarred);
        }
        if (!cookies.isEmpty()) {
            // RFC 6265 §5.4: one Cookie field; the pairs the test gave first, then the jar's.
            headers.add("Cookie", String.join("; ", cookies));
        }
        if (body != null) {
            headers.add("Content-Length", Integer.toString(body.length));
        }
        Headers head = headers.build();
        byte[] bytes = body == null ? new byte[0] : body;
        long connection = CONNECTIONS.incrementAndGet();
        InProcess.Result result = enforceCsrfChecks
                ? InProcess.exchange(application, sent.method(), sent.url(), head, bytes, connection)
                : TestClientBypass.withoutChecks(() -> InProcess.exchange(application, sent.method(), sent.url(),
                        head, bytes, connection));
        jar.receive(sent.url(), result.response().headers().all("Set-Cookie"));
        return result;
    }

    /** The origin requests go to: the client's scheme and host, or this host instead when a request named one. */
    private URI origin(String hostOverride) {
        return URI.create((secure ? "https://" : "http://") + (hostOverride != null ? hostOverride : host));
    }
}
