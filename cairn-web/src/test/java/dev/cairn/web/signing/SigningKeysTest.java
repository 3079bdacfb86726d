package dev.cairn.web.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys a site signs with, read from the settings. */
class SigningKeysTest {

    private static final String KEY = "signing-keys-test-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final String OLD = "signing-keys-old-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    @Test
    void theSecretKeyAndItsFallbacksComeFromTheSettings() throws BadSignature {
        SigningKeys keys = SigningKeys.of(Settings.builder().secretKey(KEY).set(Settings.SECRET_KEY_FALLBACKS, OLD
                + ", older-key-0123456789").build());
        assertEquals(KEY, keys.key());
        assertEquals(List.of(OLD, "older-key-0123456789"), keys.fallbacks());
        String old = Signer.of(OLD, "salt").sign("v");
        assertEquals("v", keys.signer("salt").unsign(old), "a value signed with a fallback key verifies");
    }

    @Test
    void debugWithoutAKeySignsWithOneKeyPerProcess() {
        SigningKeys keys = SigningKeys.of(Settings.builder().debug(true).build());
        assertEquals(SigningKeys.processKey(), keys.key());
        assertEquals(keys.key(), SigningKeys.of(Settings.builder().debug(true).build()).key());
        assertTrue(keys.key().length() >= 64, "48 random bytes in base64url");
    }

    @Test
    void productionWithoutAKeyIsRefused() {
        assertEquals("Signing needs a secret key and DEBUG is off: set CAIRN_SECRET_KEY", assertThrows(
                IllegalStateException.class, () -> SigningKeys.of(Settings.builder().build())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SigningKeys(" ", List.of()));
    }

    @Test
    void theKeysAreNeverShown() {
        String shown = SigningKeys.of(Settings.builder().secretKey(KEY).build()).toString();
        assertFalse(shown.contains(KEY), shown);
        assertEquals("SigningKeys[key=********, fallbacks=0]", shown);
    }
}
