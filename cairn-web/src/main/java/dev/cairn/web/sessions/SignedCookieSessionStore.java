package dev.cairn.web.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.web.internal.Json;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.signing.BadSignature;
import dev.cairn.web.signing.JsonSigner;
import dev.cairn.web.signing.SigningKeys;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Keeps each session in its cookie: the data, signed with the secret key and timestamped, is the cookie's value,
 * so no server holds anything and any number of nodes share sessions with no shared store (Django's
 * {@code signed_cookies} backend).
 *
 * <p>
 * The cookie's value is {@link JsonSigner}'s compressed form of {@code {"a": <age in seconds>, "d": <the data>}},
 * under the salt {@value #SALT}: the age travels signed with the data, so a session that chose a shorter or longer
 * expiry is held to it. A value that does not verify is {@link SessionStore.Outcome#TAMPERED}; one older than its
 * age, {@link SessionStore.Outcome#EXPIRED}. Fallback keys ({@code SECRET_KEY_FALLBACKS}) still verify.
 *
 * <p>
 * What this store cannot do, by its nature: delete a session. {@link #delete} has nothing to delete, so a copy of
 * the cookie taken before a logout stays valid until its age runs out (replay), and the data, though it cannot be
 * changed, can be read by the client (base64 of JSON). Keep secrets out of it, and use a server-side store where
 * logging out must end the session everywhere. Browsers keep cookies of 4 KiB at most; {@link SessionMiddleware}
 * refuses a larger one with an error that says so.
 */
public final class SignedCookieSessionStore implements SessionStore {

    /** The salt of the signatures, so that no other signed value of the site passes for a session. */
    public static final String SALT = "dev.cairn.web.sessions.SignedCookieSessionStore";

    private final JsonSigner signer;
    private final Clock clock;

    private SignedCookieSessionStore(SigningKeys keys, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signer = JsonSigner.of(keys.signer(SALT, clock));
    }

    /**
     * Signs with the settings' {@code SECRET_KEY} and {@code SECRET_KEY_FALLBACKS} (in debug without a key, the
     * process's random key, so sessions end with the process).
     *
     * @throws IllegalStateException when no secret key is set and debug is off
     */
    public static SignedCookieSessionStore create(Settings settings) {
        return create(SigningKeys.of(settings), Clock.systemUTC());
    }

    /** Signs with these keys, reading the time from a clock (for tests of expiry). */
    public static SignedCookieSessionStore create(SigningKeys keys, Clock clock) {
        return new SignedCookieSessionStore(keys, clock);
    }

    @Override
    public Loaded load(String key) {
        JsonSigner.Stamped stamped;
        try {
            stamped = signer.loadsStamped(key);
        } catch (BadSignature e) {
            return Loaded.tampered(e.getMessage());
        }
        JsonNode envelope = stamped.value();
        JsonNode age = envelope.get("a");
        JsonNode data = envelope.get("d");
        if (age == null || !age.canConvertToLong() || data == null || !data.isObject()) {
            return Loaded.tampered("the signed value is not a session");
        }
        Duration lived = Duration.between(stamped.signedAt(), clock.instant());
        // A session lives for its age after it was saved, and not at that moment, as in the server-side stores.
        if (lived.toSeconds() >= age.asLong()) {
            return Loaded.expired("age " + lived.toSeconds() + " s, at most " + age.asLong() + " s");
        }
        return Loaded.found(data.toString());
    }

    /** Signs the data; the "key" is the signed data itself. */
    @Override
    public String create(String data, Duration age) {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.put("a", age.toSeconds());
        try {
            envelope.set("d", Json.MAPPER.readTree(data));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("The session data to sign is not JSON", e);
        }
        return signer.dumps(envelope, true);
    }

    /** Signs the data anew, with the current time: a new cookie value, whatever the old one was. */
    @Override
    public String save(String key, String data, Duration age) {
        return create(data, age);
    }

    /** Nothing to delete: the data is in the client's cookie, which the middleware deletes. */
    @Override
    public void delete(String key) {}

    /** Whether the value verifies and has not expired. */
    @Override
    public boolean exists(String key) {
        return load(key).outcome() == Outcome.FOUND;
    }
}
