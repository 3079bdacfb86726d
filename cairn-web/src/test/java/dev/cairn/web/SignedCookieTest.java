package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.SetCookie;
import dev.cairn.journey.Journey;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cookies signed with the secret key on the way out and verified on the way in. */
class SignedCookieTest {

    /** A site that sets {@code theme} (signed) to the query's value at /set/ and reads it back at /get/. */
    private static WebApp site(Settings settings) {
        return Sites.app(settings, List.of(
                Routes.path("set/", request -> Response.text("set").signedCookie(SetCookie.builder("theme",
                        request.query("to")).path("/").httpOnly(true).build()).cookie(SetCookie.of("plain", "1"))),
                Routes.path("get/", request -> Response.text(request.signedCookie("theme").orElse("(none)")))));
    }

    /** The value the site puts in the {@code theme} cookie for {@code value}. */
    private static String signedValue(WebApp app, String value) {
        String line = app.handle(Exchanges.get("/set/?to=" + value)).headers().all("Set-Cookie").stream()
                .filter(l -> l.startsWith("theme=")).findFirst().orElseThrow();
        return SetCookie.parse(line).value();
    }

    private static String read(WebApp app, String cookieHeader) {
        return Exchanges.text(app.handle(Exchanges.get("/get/", "Cookie", cookieHeader)));
    }

    @Test
    void aSignedCookieRoundTripsWithItsAttributes() {
        WebApp app = site(Sites.settings().build());
        var response = app.handle(Exchanges.get("/set/?to=dark"));
        List<String> lines = response.headers().all("Set-Cookie");
        assertEquals(2, lines.size());
        assertEquals("plain=1", lines.get(0), "plain cookies first, signed ones after");
        SetCookie theme = SetCookie.parse(lines.get(1));
        assertTrue(theme.value().startsWith("dark:"), theme.value());
        assertEquals("/", theme.path());
        assertEquals(true, theme.httpOnly());
        assertEquals("dark", read(app, "theme=" + theme.value()));
    }

    static Stream<Arguments> refused() {
        WebApp app = site(Sites.settings().build());
        String signed = signedValue(app, "dark");
        String signature = signed.substring(signed.indexOf(':') + 1);
        return Stream.of(
                Arguments.of("the value changed", "theme=light:" + signature),
                Arguments.of("the signature changed", "theme=dark:" + signature.substring(1) + "A"),
                Arguments.of("no signature", "theme=dark"),
                Arguments.of("an empty signature", "theme=dark:"),
                Arguments.of("another cookie's signed value", "theme=" + otherCookie(app)),
                Arguments.of("signed with another key", "theme=" + signedValue(site(Sites.settings().secretKey(
                        "another-secret-key-that-is-long-enough-for-the-checks-987654").build()), "dark")),
                Arguments.of("no such cookie", "other=1"));
    }

    /** A value the site signed for a cookie named {@code other}. */
    private static String otherCookie(WebApp app) {
        WebApp signer = Sites.app(Sites.settings().build(), List.of(Routes.path("", request -> Response.text("")
                .signedCookie(SetCookie.of("other", "dark")))));
        return SetCookie.parse(signer.handle(Exchanges.get("/")).headers().first("Set-Cookie")).value();
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refused")
    void aCookieWhoseSignatureDoesNotHoldIsAbsent(String what, String cookieHeader) {
        assertEquals("(none)", read(site(Sites.settings().build()), cookieHeader));
    }

    @Test
    void aRefusalIsRecordedOnTheJourney() throws Exception {
        WebApp app = site(Sites.settings().build());
        Journey journey = Journey.begin("signed-1");
        journey.carry(() -> app.handle(Exchanges.get("/get/", "Cookie", "theme=light:forged")));
        Journey.Stop refused = journey.stops("web").stream().filter(s -> s.event().equals("signed cookie refused"))
                .findFirst().orElseThrow();
        assertEquals("theme", refused.facts().get("cookie"));
    }

    @Test
    void aRotatedKeyStillVerifiesThroughTheFallbacks() {
        String old = "the-old-secret-key-that-is-long-enough-for-the-checks-0123456";
        String value = signedValue(site(Sites.settings().secretKey(old).build()), "dark");
        WebApp rotated = site(Sites.settings().set(Settings.SECRET_KEY_FALLBACKS, old).build());
        assertEquals("dark", read(rotated, "theme=" + value));
        WebApp forgotten = site(Sites.settings().build());
        assertEquals("(none)", read(forgotten, "theme=" + value));
        assertTrue(signedValue(rotated, "dark").equals(signedValue(forgotten, "dark")),
                "new values are signed with the current key");
    }

    @Test
    void aValueWithASeparatorRoundTrips() {
        WebApp app = site(Sites.settings().build());
        String signed = signedValue(app, "a:b:c");
        assertEquals("a:b:c", read(app, "theme=" + signed));
    }

    @Test
    void theLastSignedCookieOfANameWins() {
        Response response = Response.text("").signedCookie(SetCookie.of("a", "1")).signedCookie(SetCookie.of("a",
                "2")).signedCookie(SetCookie.builder("a", "3").path("/x").build());
        assertEquals(List.of("2", "3"), response.signedCookies().stream().map(SetCookie::value).toList());
        assertEquals(List.of(), response.cookies());
    }

    /**
     * Debug sites sign with a per-process key and production refuses to start without one, so the only site with no
     * key is one that silenced settings.E001.
     */
    private static final Settings NO_KEY = Settings.builder().debug(false).allowedHosts("localhost")
            .set("SILENCED_SYSTEM_CHECKS", "settings.E001").build();

    @Test
    void readingASignedCookieWithoutASecretKeySaysHowToFixIt() {
        Request request = Sites.request(Sites.app(NO_KEY, List.of()), Exchanges.get("/", "Cookie", "theme=x:y"));
        assertEquals("Signed cookies need a secret key: set CAIRN_SECRET_KEY",
                assertThrows(IllegalStateException.class, () -> request.signedCookie("theme")).getMessage());
        assertEquals(Optional.empty(), request.signedCookie("absent"), "nothing to verify, nothing to refuse");
        assertEquals(500, site(NO_KEY).handle(Exchanges.get("/get/", "Cookie", "theme=x:y")).status());
    }

    @Test
    void settingASignedCookieWithoutASecretKeyIsAnErrorPageWithoutTheViewsCookies() {
        var response = site(NO_KEY).handle(Exchanges.get("/set/?to=dark"));
        assertEquals(500, response.status());
        assertEquals(List.of(), response.headers().all("Set-Cookie"));
        assertEquals("text/html; charset=utf-8", response.headers().first("Content-Type"));
    }
}
