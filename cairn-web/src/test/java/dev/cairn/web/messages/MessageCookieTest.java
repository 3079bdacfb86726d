package dev.cairn.web.messages;

import static dev.cairn.web.messages.MessagesSite.cookie;
import static dev.cairn.web.messages.MessagesSite.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.SetCookie;
import dev.cairn.web.Exchanges;
import dev.cairn.web.WebApp;
import dev.cairn.web.signing.Signer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signed messages cookie: a cookie the client changed, forged or moved is ignored (never a 500), and deleted
 * once a page lists the messages; too many messages keep the newest; the cookie's attributes.
 */
class MessageCookieTest {

    private static final String KEY = dev.cairn.web.TestSettings.SECRET_KEY;

    @TempDir
    Path folder;

    private WebApp app;

    @BeforeEach
    void site() {
        app = MessagesSite.site(MessagesSite.settings(), folder);
    }

    private static String encoded(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String signed(String key, String salt, String value) {
        return Signer.of(key, salt).sign(value);
    }

    static Stream<Arguments> tampered() {
        String real = encoded("[[25,\"Saved.\"]]");
        String goodSignature = signed(KEY, "cookie:messages", real);
        String signature = goodSignature.substring(goodSignature.lastIndexOf(':'));
        return Stream.of(
                Arguments.of("a message changed under the old signature",
                        encoded("[[40,\"Your account is locked: call 555-0100.\"]]") + signature),
                Arguments.of("the signature cut off", real),
                Arguments.of("the signature changed", real + ":AAAA" + signature.substring(5)),
                Arguments.of("an empty signature", real + ":"),
                Arguments.of("signed with another key", signed("another-secret-key-0123456789-abcdefghijklmnopqrst",
                        "cookie:messages", real)),
                Arguments.of("signed for another cookie", signed(KEY, "cookie:theme", real)),
                Arguments.of("plain JSON", "[[25,\"Saved.\"]]".replace("\"", "")),
                Arguments.of("well signed, but not base64", signed(KEY, "cookie:messages", "!!!")),
                Arguments.of("well signed, but not JSON", signed(KEY, "cookie:messages", encoded("not json"))),
                Arguments.of("well signed, but an object", signed(KEY, "cookie:messages", encoded("{\"a\":1}"))),
                Arguments.of("well signed, an unknown level", signed(KEY, "cookie:messages", encoded("[[15,\"x\"]]"))),
                Arguments.of("well signed, a level as text",
                        signed(KEY, "cookie:messages", encoded("[[\"25\",\"x\"]]"))),
                Arguments.of("well signed, no text", signed(KEY, "cookie:messages", encoded("[[25]]"))),
                Arguments.of("well signed, too many fields", signed(KEY, "cookie:messages", encoded(
                        "[[25,\"x\",\"t\",\"more\"]]"))),
                Arguments.of("well signed, tags not text", signed(KEY, "cookie:messages", encoded("[[25,\"x\",7]]"))),
                Arguments.of("well signed, JSON null", signed(KEY, "cookie:messages", encoded("null"))));
    }

    @ParameterizedTest(name = "{0} is ignored")
    @MethodSource
    void tampered(String what, String value) {
        var journey = Exchanges.journeyOf(app, get("/page/list/", "messages=" + value));

        assertEquals(200, journey.stops("web").getLast().facts().get("status"));
        List<String> stops = MessagesSite.stops(journey);
        assertTrue(stops.stream().anyMatch(s -> s.startsWith("messages refused: ")), stops::toString);
        assertTrue(stops.contains("messages shown: 0"), stops::toString);
    }

    @ParameterizedTest(name = "{0}: the cookie is deleted once a page lists messages")
    @MethodSource("tampered")
    void tamperedCookiesAreDeletedWhenListed(String what, String value) {
        var response = app.handle(get("/page/list/", "messages=" + value));

        assertEquals("", Exchanges.text(response));
        assertEquals("messages=", cookie(response));
    }

    @Test
    void aGenuineCookieReadsBack() {
        String value = signed(KEY, "cookie:messages", encoded("[[25,\"Saved.\"],[40,\"Failed.\",\"sticky\"]]"));

        assertEquals("[success: Saved.][sticky error: Failed.]", Exchanges.text(app.handle(get("/page/list/",
                "messages=" + value))));
    }

    @Test
    void tooManyMessagesForOneCookieKeepTheNewest() {
        StringBuilder target = new StringBuilder("/add/?");
        for (int i = 0; i < 40; i++) {
            target.append("info=message+").append(i).append("+").append("x".repeat(60)).append('&');
        }
        var journey = Exchanges.journeyOf(app, get(target.toString(), null));
        List<String> stops = MessagesSite.stops(journey);
        assertTrue(stops.stream().anyMatch(s -> s.matches("messages dropped: \\d+ oldest did not fit in the "
                + "cookie's 2048 characters")), stops::toString);

        var redirect = app.handle(get(target.toString(), null));
        String cookie = cookie(redirect);
        assertTrue(cookie.length() - "messages=".length() <= CookieMessageStore.MAX_VALUE_SIZE, cookie);
        String listed = Exchanges.text(app.handle(get("/page/list/", cookie)));
        assertTrue(listed.endsWith("[info: message 39 " + "x".repeat(60) + "]"), listed);
        assertTrue(!listed.contains("message 0 "), listed);
    }

    static Stream<Arguments> attributes() {
        return Stream.of(
                Arguments.of(new String[]{}, "Path=/", true),
                Arguments.of(new String[]{}, "HttpOnly", true),
                Arguments.of(new String[]{}, "SameSite=Lax", true),
                Arguments.of(new String[]{}, "Secure", false),
                Arguments.of(new String[]{}, "Max-Age", false),
                Arguments.of(new String[]{"SESSION_COOKIE_SECURE", "true"}, "Secure", true),
                Arguments.of(new String[]{"SESSION_COOKIE_DOMAIN", ".example.com"}, "Domain=.example.com", true));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource
    void attributes(String[] settings, String attribute, boolean present) {
        WebApp site = MessagesSite.site(MessagesSite.settings(settings), folder);
        var response = site.handle(get("/add/?info=x", null));

        List<String> lines = new ArrayList<>(response.headers().all("Set-Cookie"));
        assertEquals(1, lines.size());
        assertEquals(present, lines.getFirst().contains(attribute), lines.getFirst());
        assertEquals(CookieMessageStore.COOKIE_NAME, SetCookie.parse(lines.getFirst()).name());
    }
}
