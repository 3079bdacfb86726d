package dev.cairn.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.http.Headers;
import dev.cairn.http.SetCookie;
import dev.cairn.journey.Journey;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the {@link Client} got back: the status, headers and body as a browser would see them, and what only a test
 * can see: the templates the response was rendered from, their context, and the request's whole journey.
 *
 * <p>
 * The {@code assert*} methods fail with an {@link AssertionError} that shows what was there instead (the status,
 * the start of the body, the templates used), in the manner of Django's {@code SimpleTestCase} assertions, and
 * return this response so that assertions chain.
 */
public final class TestResponse {

    /** The redirect statuses a client follows. */
    static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** How much of a body an assertion message shows. */
    private static final int SNIPPET = 300;

    /**
     * One redirect the client followed on the way to this response.
     *
     * @param url    the absolute URL the redirect pointed to
     * @param status the redirect's status
     */
    public record Redirect(String url, int status) {}

    /** A request as sent: its method and absolute URL. */
    record Sent(String method, URI url) {
        @Override
        public String toString() {
            return method + " " + Urls.target(url);
        }
    }

    private final Sent first;
    private final String method;
    private final URI url;
    private final int status;
    private final Headers headers;
    private final byte[] body;
    private final Journey journey;
    private final List<Redirect> redirectChain;

    TestResponse(Sent first, Sent last, InProcess.Result result, List<Redirect> redirectChain) {
        this.first = first;
        this.method = last.method();
        this.url = last.url();
        this.status = result.response().status();
        this.headers = result.response().headers();
        this.body = result.body();
        this.journey = result.journey();
        this.redirectChain = List.copyOf(redirectChain);
    }

    /** The method of the request that got this response (after redirects, the last one's). */
    public String method() {
        return method;
    }

    /** The absolute URL that answered (after redirects, the last one). */
    public String url() {
        return url.toString();
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The header fields as the application set them, {@code Set-Cookie} lines included. */
    public Headers headers() {
        return headers;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.first(name);
    }

    /** The body's bytes; empty for {@code HEAD} and for 1xx, 204 and 304 responses. */
    public byte[] bytes() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON.
     *
     * @throws AssertionError when it is not JSON, showing the content type and the body's start
     */
    public JsonNode json() {
        return json(JsonNode.class);
    }

    /**
     * The body parsed as JSON into a type (a record, a bean, a map).
     *
     * @throws AssertionError when it is not JSON or does not fit the type
     */
    public <T> T json(Class<T> type) {
        try {
            return Client.JSON.readValue(body, type);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new AssertionError("The response to " + request() + " is not JSON as a " + type.getSimpleName()
                    + " (Content-Type: " + header("Content-Type") + "): " + why + "; body: " + snippet(), e);
        }
    }

    /** The cookies this response set, parsed, in order. */
    public List<SetCookie> cookies() {
        return headers.all("Set-Cookie").stream().map(SetCookie::parse).toList();
    }

    /** The last cookie of this name this response set, or null. */
    public SetCookie cookie(String name) {
        return cookies().stream().filter(c -> c.name().equals(name)).reduce((a, b) -> b).orElse(null);
    }

    /** The redirects followed to reach this response, in order; empty when none were. */
    public List<Redirect> redirectChain() {
        return redirectChain;
    }

    /** The journey the request took through the layers, recorded while the application ran. */
    public Journey journey() {
        return journey;
    }

    /** The names of the templates rendered for this response, in render order; empty when none was. */
    public List<String> templates() {
        return renders().stream().map(s -> String.valueOf(s.facts().get("template"))).toList();
    }

    /**
     * The context the last template rendered for this response was given by its view: when a view renders more
     * than one (an email, then the page), the last is the one the page came from. Context processors' values are
     * not in it.
     *
     * @throws AssertionError when no template was rendered
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> context() {
        List<Journey.Stop> renders = renders();
        if (renders.isEmpty()) {
            throw new AssertionError("No template was rendered for the response to " + request() + " (status "
                    + status + "), so it has no context");
        }
        Object context = renders.getLast().facts().get("context");
        return context == null ? Map.of() : Collections.unmodifiableMap((Map<String, Object>) context);
    }

    /** Checks the status. */
    public TestResponse assertStatus(int expected) {
        if (status != expected) {
            fail("Expected status " + expected + " from " + request() + ", got " + status + "; body: " + snippet());
        }
        return this;
    }

    /** Checks that the status is 200 and the body holds the text. */
    public TestResponse assertContains(String text) {
        return assertContains(text, 200);
    }

    /** Checks the status and that the body holds the text. */
    public TestResponse assertContains(String text, int expectedStatus) {
        checkRetrieved(expectedStatus);
        if (!text().contains(text)) {
            fail("Couldn't find '" + text + "' in the response to " + request() + "; body: " + snippet());
        }
        return this;
    }

    /** Checks that the status is 200 and the body does not hold the text. */
    public TestResponse assertNotContains(String text) {
        return assertNotContains(text, 200);
    }

    /** Checks the status and that the body does not hold the text. */
    public TestResponse assertNotContains(String text, int expectedStatus) {
        checkRetrieved(expectedStatus);
        int at = text().indexOf(text);
        if (at >= 0) {
            fail("Found '" + text + "' in the response to " + request() + " at character " + at + ": "
                    + around(at, text.length()));
        }
        return this;
    }

    /**
     * Checks that the response redirected to this URL (a path, or an absolute URL; compared after resolving both
     * against the request's URL). When the client followed the redirects, the first one's status must be a redirect,
     * the last one's target must be this URL, and the final response must be 200; when it did not, the target is not
     * fetched (unlike Django's), so a test that cares whether it loads follows the redirects.
     */
    public TestResponse assertRedirects(String expectedUrl) {
        return assertRedirects(expectedUrl, 0);
    }

    /** Checks as {@link #assertRedirects(String)} does, and that the (first) redirect had this status. */
    public TestResponse assertRedirects(String expectedUrl, int expectedStatus) {
        URI origin = first.url();
        int redirectStatus = redirectChain.isEmpty() ? status : redirectChain.getFirst().status();
        String location = redirectChain.isEmpty() ? header("Location") : redirectChain.getLast().url();
        if (!REDIRECTS.contains(redirectStatus) || location == null) {
            fail("Response to " + request() + " didn't redirect as expected: status " + status
                    + ", expected a redirect to '" + expectedUrl + "'; body: " + snippet());
        }
        if (expectedStatus != 0 && redirectStatus != expectedStatus) {
            fail("Response to " + request() + " redirected with status " + redirectStatus + ", expected "
                    + expectedStatus);
        }
        String actual = Urls.resolve(origin, location).toString();
        String expected = Urls.resolve(origin, expectedUrl).toString();
        if (!actual.equals(expected)) {
            fail("Response to " + request() + " redirected to '" + actual + "', expected '" + expected + "'");
        }
        if (!redirectChain.isEmpty() && status != 200) {
            fail("Couldn't load the redirect target '" + actual + "': status " + status + ", expected 200; body: "
                    + snippet());
        }
        return this;
    }

    /** Checks that a template of this name was rendered for the response. */
    public TestResponse assertTemplateUsed(String name) {
        List<String> used = templates();
        if (!used.contains(name)) {
            fail(used.isEmpty()
                    ? "No templates were rendered for the response to " + request() + " (status " + status
                            + "), expected '" + name + "'"
                    : "Template '" + name + "' was not used to render the response to " + request()
                            + "; templates used: " + used);
        }
        return this;
    }

    /** Checks that no template of this name was rendered for the response. */
    public TestResponse assertTemplateNotUsed(String name) {
        if (templates().contains(name)) {
            fail("Template '" + name + "' was used to render the response to " + request() + "; templates used: "
                    + templates());
        }
        return this;
    }

    /** The response in a line, for failure messages. */
    @Override
    public String toString() {
        return "TestResponse[" + request() + " -> " + status + "]";
    }

    private List<Journey.Stop> renders() {
        return journey.stops("templates").stream().filter(s -> s.event().equals("rendered")).toList();
    }

    private void checkRetrieved(int expectedStatus) {
        if (status != expectedStatus) {
            fail("Couldn't retrieve content: " + request() + " answered " + status + " (expected "
                    + expectedStatus + "); body: " + snippet());
        }
    }

    /** The request, for messages: {@code GET /done/ (redirected from POST /form/)}. */
    private String request() {
        Sent last = new Sent(method, url);
        return redirectChain.isEmpty() ? last.toString() : last + " (redirected from " + first + ")";
    }

    /** The start of the body, quoted, or a note that it is empty. */
    private String snippet() {
        String text = text();
        if (text.isEmpty()) {
            return "(empty)";
        }
        return "'" + (text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "...") + "'";
    }

    /** The body around a match, quoted. */
    private String around(int at, int length) {
        String text = text();
        int from = Math.max(0, at - SNIPPET / 4);
        int to = Math.min(text.length(), at + length + SNIPPET / 4);
        return (from > 0 ? "'..." : "'") + text.substring(from, to) + (to < text.length() ? "...'" : "'");
    }

    private static void fail(String message) {
        throw new AssertionError(message);
    }
}
