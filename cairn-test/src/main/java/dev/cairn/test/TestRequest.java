package dev.cairn.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cairn.http.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * One request being put together: any method, headers, a body, and whether to follow redirects.
 *
 * <pre>{@code
 * client.request("PATCH", "/api/items/7/")
 *         .header("If-Match", etag)
 *         .json(Map.of("done", true))
 *         .send()
 *         .assertStatus(200);
 * }</pre>
 *
 * <p>
 * The client sets {@code Content-Length} from the body, so it cannot be set here, nor {@code Transfer-Encoding}:
 * the body reaches the application as exactly its bytes. A {@code Host} set here replaces the client's host for
 * this request. Header values are octets, as on the wire: characters past U+00FF are refused.
 */
public final class TestRequest {

    private final Client client;
    private final String method;
    private String path;
    private final Headers.Builder headers = Headers.builder();
    private byte[] body;
    private Boolean follow;

    TestRequest(Client client, String method, String path) {
        this.client = client;
        this.method = checkToken(Objects.requireNonNull(method, "method"), "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * Adds a header line, after any of the same name.
     *
     * @throws IllegalArgumentException for {@code Content-Length} or {@code Transfer-Encoding}, a name that is not
     *             a token, or a value with a control character or a character past U+00FF
     */
    public TestRequest header(String name, String value) {
        checkHeader(name, value);
        headers.add(name, value);
        return this;
    }

    /** Adds these fields to the query string, encoded as a browser encodes a GET form. */
    public TestRequest query(Map<String, ?> fields) {
        path = Urls.withQuery(path, fields);
        return this;
    }

    /** Sends these bytes with this {@code Content-Type} (none when null). */
    public TestRequest body(byte[] bytes, String contentType) {
        this.body = bytes.clone();
        headers.remove("Content-Type");
        if (contentType != null) {
            header("Content-Type", contentType);
        }
        return this;
    }

    /** Sends this text, encoded as UTF-8, with this {@code Content-Type}. */
    public TestRequest body(String text, String contentType) {
        return body(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** Sends a value as {@code application/json}, written by Jackson (a {@code String} becomes a JSON string). */
    public TestRequest json(Object value) {
        try {
            return body(Client.JSON.writeValueAsBytes(value), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Sends fields as {@code application/x-www-form-urlencoded}; a {@link java.util.Collection} value sends the
     * name once per element.
     */
    public TestRequest form(Map<String, ?> fields) {
        return body(Urls.form(fields).getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded");
    }

    /** Sends a {@code multipart/form-data} form. */
    public TestRequest multipart(Multipart form) {
        Multipart.Body encoded = form.encode();
        return body(encoded.bytes(), encoded.contentType());
    }

    /** Follows redirects for this request, whatever the client's setting. */
    public TestRequest follow() {
        return follow(true);
    }

    /** Follows redirects for this request or not, whatever the client's setting. */
    public TestRequest follow(boolean follow) {
        this.follow = follow;
        return this;
    }

    /** Sends the request through the application and returns its (final) response. */
    public TestResponse send() {
        return client.send(method, path, headers.build(), body, follow);
    }

    /**
     * Checks a header a test asked to send.
     *
     * @throws IllegalArgumentException for {@code Content-Length} or {@code Transfer-Encoding}, a name that is not
     *             a token, or a value with a control character or a character past U+00FF
     */
    static void checkHeader(String name, String value) {
        checkToken(Objects.requireNonNull(name, "header name"), "header name");
        Objects.requireNonNull(value, "value of " + name);
        if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding")) {
            throw new IllegalArgumentException(name + " is set by the client from the body; give the body instead");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
                throw new IllegalArgumentException("The value of " + name + " holds a character a header cannot "
                        + "carry (U+" + String.format("%04X", (int) c) + ")");
            }
        }
    }

    private static String checkToken(String s, String what) {
        boolean token = !s.isEmpty() && s.chars().allMatch(c -> c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}"
                .indexOf(c) < 0);
        if (!token) {
            throw new IllegalArgumentException("A " + what + " is a token (RFC 9110 §5.6.2), not '" + s + "'");
        }
        return s;
    }
}
