package dev.cairn.web.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.settings.Settings;
import dev.cairn.web.signing.JsonSigner;
import dev.cairn.web.signing.Signer;
import dev.cairn.web.signing.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sessions kept in their cookie, signed and timestamped. */
class SignedCookieSessionStoreTest {

    private static final String KEY = "signed-session-test-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final String OLD_KEY = "signed-session-old-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    /** The store as it stands {@code after} the start of each test: stateless, so one per moment will do. */
    private static SignedCookieSessionStore at(Duration after, String... keys) {
        return SignedCookieSessionStore.create(new SigningKeys(keys.length == 0 ? KEY : keys[0], List.of(keys).subList(
                Math.min(1, keys.length), keys.length)), Clock.fixed(T0.plus(after), ZoneOffset.UTC));
    }

    private final SignedCookieSessionStore store = at(Duration.ZERO);

    @Test
    void theDataComesBackFromTheValueItself() {
        String value = store.create("{\"user\":7,\"cart\":[\"tea\"]}", Duration.ofHours(1));
        assertEquals(SessionStore.Loaded.found("{\"user\":7,\"cart\":[\"tea\"]}"), store.load(value));
        assertTrue(store.exists(value));
        assertFalse(value.contains("tea"), "the payload is encoded, though not secret: " + value);
    }

    @Test
    void savingSignsAnewWhateverTheOldValue() {
        String first = store.create("{\"n\":1}", Duration.ofHours(1));
        String second = at(Duration.ofSeconds(1)).save(first, "{\"n\":2}", Duration.ofHours(1));
        assertNotEquals(first, second);
        assertEquals("{\"n\":2}", store.load(second).data());
        assertEquals("{\"n\":1}", store.load(first).data(), "the old value still verifies: it cannot be revoked");
        store.delete(second);
        assertTrue(store.exists(second), "delete has nothing to delete; the middleware deletes the cookie");
    }

    @Test
    void aSessionExpiresByTheAgeSignedWithIt() {
        String shortLived = store.create("{}", Duration.ofMinutes(5));
        String longLived = store.create("{}", Duration.ofDays(30));
        assertEquals(SessionStore.Outcome.FOUND, at(Duration.ofSeconds(299)).load(shortLived).outcome(),
                "live until its age is up");
        assertEquals(SessionStore.Loaded.expired("age 300 s, at most 300 s"), at(Duration.ofSeconds(300)).load(
                shortLived));
        assertFalse(at(Duration.ofSeconds(300)).exists(shortLived));
        assertEquals(SessionStore.Outcome.FOUND, at(Duration.ofDays(29)).load(longLived).outcome(),
                "a session that chose a longer age than the default keeps it");
    }

    static Stream<Arguments> refused() {
        SignedCookieSessionStore here = at(Duration.ZERO);
        String good = here.create("{\"user\":7}", Duration.ofHours(1));
        String otherUser = here.create("{\"user\":1}", Duration.ofHours(1));
        return Stream.of(
                // why, the cookie's value, the detail recorded
                Arguments.of("the payload swapped for another's", otherUser.substring(0, otherUser.indexOf(':'))
                        + good.substring(good.indexOf(':')), "Signature does not match"),
                Arguments.of("the signature changed", good.substring(0, good.length() - 2) + (good.endsWith("AA")
                        ? "BB"
                        : "AA"), "Signature does not match"),
                Arguments.of("signed with another key", at(Duration.ZERO, OLD_KEY).create("{}", Duration.ofHours(1)),
                        "Signature does not match"),
                Arguments.of("another signed value of the site (a signed cookie)", Signer.of(KEY, "cookie:sessionid")
                        .signWithTimestamp("eyJ1c2VyIjo3fQ"), "Signature does not match"),
                Arguments.of("signed JSON under the session salt that is not a session", JsonSigner.of(Signer.of(KEY,
                        SignedCookieSessionStore.SALT)).dumps(Map.of("user", 7)), "the signed value is not a session"),
                Arguments.of("garbage", "not-a-session", "No ':' found in the signed value"),
                Arguments.of("empty", "", "No ':' found in the signed value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String why, String value, String detail) {
        assertEquals(SessionStore.Loaded.tampered(detail), store.load(value), why);
        assertFalse(store.exists(value));
    }

    @Test
    void aSessionSignedWithAFallbackKeyStillLoadsAfterRotation() {
        String before = at(Duration.ZERO, OLD_KEY).create("{\"user\":7}", Duration.ofHours(1));
        SignedCookieSessionStore rotated = at(Duration.ZERO, KEY, OLD_KEY);
        assertEquals("{\"user\":7}", rotated.load(before).data());
        assertEquals(SessionStore.Outcome.TAMPERED, store.load(before).outcome(), "without the fallback it fails");
    }

    @Test
    void theStoreReadsItsKeysFromTheSettings() {
        SignedCookieSessionStore fromSettings = SignedCookieSessionStore.create(Settings.builder().secretKey(KEY)
                .build());
        String value = fromSettings.create("{\"a\":1}", Duration.ofHours(1));
        assertEquals("{\"a\":1}", SignedCookieSessionStore.create(new SigningKeys(KEY, List.of()), Clock.systemUTC())
                .load(value).data(), "the settings' SECRET_KEY signed it");
        assertEquals("Signing needs a secret key and DEBUG is off: set CAIRN_SECRET_KEY", assertThrows(
                IllegalStateException.class, () -> SignedCookieSessionStore.create(Settings.builder().build()))
                .getMessage());
    }

    @Test
    void aValueIsACookieValueAsItIs() {
        String value = store.create("{\"note\":\"caf\u00e9; \\\"quoted\\\", with commas\"}", Duration.ofHours(1));
        assertNull(value.chars().filter(c -> c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';'
                || c == '\\').boxed().findFirst().orElse(null), value);
        assertEquals("{\"note\":\"caf\u00e9; \\\"quoted\\\", with commas\"}", store.load(value).data());
    }
}
