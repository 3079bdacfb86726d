package dev.cairn.contrib.auth.web;

import dev.cairn.contrib.auth.User;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.signing.BadSignature;
import dev.cairn.web.signing.Signer;
import dev.cairn.web.signing.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The session's proof that it logged in with the user's current password (Django's
 * {@code get_session_auth_hash}): an HMAC of the stored password hash under the secret key. A session keeps it from
 * login on; when the password changes, the HMAC no longer matches and every other session of the user ends.
 * Neither the password nor its hash is kept in the session.
 */
final class SessionAuthHash {

    /** Keeps these HMACs from verifying for any other purpose. */
    private static final String SALT = "dev.cairn.contrib.auth.web.SessionAuthHash";

    /** How a session's hash compares with the user's password. */
    enum Verdict {
        /** Made with the current secret key from the current password. */
        CURRENT,
        /** Made from the current password with a key of {@code SECRET_KEY_FALLBACKS}: renew it. */
        FALLBACK,
        /** Missing, or made from another password: the session is over. */
        STALE
    }

    private SessionAuthHash() {}

    /** The hash for {@code user}'s current password, under the current secret key. */
    static String of(User user, Settings settings) {
        String signed = signer(settings).sign(password(user));
        return signed.substring(signed.lastIndexOf(':') + 1);
    }

    /** How {@code stored} (what the session kept, or null) compares with {@code user}'s current password. */
    static Verdict check(String stored, User user, Settings settings) {
        if (stored == null || stored.isEmpty()) {
            return Verdict.STALE;
        }
        if (MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), of(user, settings).getBytes(
                StandardCharsets.UTF_8))) {
            return Verdict.CURRENT;
        }
        try {
            signer(settings).unsign(password(user) + ":" + stored);
            return Verdict.FALLBACK;
        } catch (BadSignature e) {
            return Verdict.STALE;
        }
    }

    private static String password(User user) {
        return user.password == null ? "" : user.password;
    }

    private static Signer signer(Settings settings) {
        return SigningKeys.of(settings).signer(SALT);
    }
}
