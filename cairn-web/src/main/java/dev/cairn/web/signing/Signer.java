package dev.cairn.web.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs strings with HMAC-SHA256 so that a value handed to a client (a cookie, a token in a link) comes back
 * unchanged or is refused, as Django's {@code django.core.signing} does.
 *
 * <p>
 * A signed value is {@code value:signature}, the signature being the unpadded base64url HMAC-SHA256 of the value
 * under a key derived from the secret key and a salt. The salt separates uses: a value signed for one purpose
 * ({@code "cookie:theme"}) does not verify for another. A timestamped value is {@code value:timestamp:signature},
 * the timestamp in base-36 seconds, so its age can be limited.
 *
 * <p>
 * Fallback keys let the secret key be rotated: values are signed with the current key and accepted under any
 * fallback, so nobody is logged out the moment the key changes. Signatures are compared in constant time.
 */
public final class Signer {

    private static final char SEPARATOR = ':';
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final List<byte[]> fallbacks;
    private final Clock clock;

    private Signer(byte[] key, List<byte[]> fallbacks, Clock clock) {
        this.key = key;
        this.fallbacks = fallbacks;
        this.clock = clock;
    }

    /**
     * A signer for one purpose.
     *
     * @param secretKey    the project's secret key; must not be blank
     * @param salt         what the signatures are for, so they verify for nothing else
     * @param fallbackKeys earlier secret keys still accepted when verifying
     */
    public static Signer of(String secretKey, String salt, List<String> fallbackKeys) {
        return of(secretKey, salt, fallbackKeys, Clock.systemUTC());
    }

    /** As {@link #of(String, String, List)} with no fallback keys. */
    public static Signer of(String secretKey, String salt) {
        return of(secretKey, salt, List.of());
    }

    /** As {@link #of(String, String, List)}, reading time from a clock (for tests of expiry). */
    public static Signer of(String secretKey, String salt, List<String> fallbackKeys, Clock clock) {
        Objects.requireNonNull(salt, "salt");
        byte[] key = derive(secretKey, salt);
        List<byte[]> fallbacks = new ArrayList<>();
        for (String fallback : fallbackKeys) {
            fallbacks.add(derive(fallback, salt));
        }
        return new Signer(key, List.copyOf(fallbacks), Objects.requireNonNull(clock, "clock"));
    }

    /** Returns {@code value:signature}. */
    public String sign(String value) {
        Objects.requireNonNull(value, "value");
        return value + SEPARATOR + signature(key, value);
    }

    /**
     * Returns the value a {@link #sign(String)} produced.
     *
     * @throws BadSignature if the value has no signature or the signature does not match under any key
     */
    public String unsign(String signed) throws BadSignature {
        Objects.requireNonNull(signed, "signed");
        int colon = signed.lastIndexOf(SEPARATOR);
        if (colon < 0) {
            throw new BadSignature("No ':' found in the signed value");
        }
        String value = signed.substring(0, colon);
        String given = signed.substring(colon + 1);
        if (!verifies(value, given)) {
            throw new BadSignature("Signature does not match");
        }
        return value;
    }

    /** Returns {@code value:timestamp:signature}, the timestamp being now. */
    public String signWithTimestamp(String value) {
        Objects.requireNonNull(value, "value");
        return sign(value + SEPARATOR + Long.toString(clock.instant().getEpochSecond(), 36));
    }

    /**
     * Returns the value a {@link #signWithTimestamp(String)} produced, if it is no older than {@code maxAge}.
     *
     * @throws SignatureExpired if it verifies but is older than {@code maxAge}
     * @throws BadSignature     if it does not verify or carries no timestamp
     */
    public String unsignWithTimestamp(String signed, Duration maxAge) throws BadSignature {
        Objects.requireNonNull(maxAge, "maxAge");
        Timestamped stamped = unsignTimestamped(signed);
        Duration age = Duration.between(stamped.signedAt(), clock.instant());
        if (age.compareTo(maxAge) > 0) {
            throw new SignatureExpired("Signature age " + age.toSeconds() + " s > " + maxAge.toSeconds() + " s");
        }
        return stamped.value();
    }

    /**
     * Returns the value a {@link #signWithTimestamp(String)} produced and when it was signed, leaving the age to
     * the caller: for values whose allowed age is itself part of the value (a session that chose its own expiry).
     *
     * @throws BadSignature if it does not verify or carries no timestamp
     */
    public Timestamped unsignTimestamped(String signed) throws BadSignature {
        String stamped = unsign(signed);
        int colon = stamped.lastIndexOf(SEPARATOR);
        if (colon < 0) {
            throw new BadSignature("No timestamp found in the signed value");
        }
        long seconds;
        try {
            seconds = Long.parseLong(stamped.substring(colon + 1), 36);
        } catch (NumberFormatException e) {
            throw new BadSignature("The timestamp is not a base-36 number");
        }
        return new Timestamped(stamped.substring(0, colon), Instant.ofEpochSecond(seconds));
    }

    /**
     * A verified timestamped value.
     *
     * @param value    the value as it was signed
     * @param signedAt when it was signed, to the second
     */
    public record Timestamped(String value, Instant signedAt) {}

    private boolean verifies(String value, String given) {
        byte[] givenBytes = given.getBytes(StandardCharsets.US_ASCII);
        // Every key is tried even after a match, so the time taken does not tell which key (if any) matched.
        boolean ok = MessageDigest.isEqual(signature(key, value).getBytes(StandardCharsets.US_ASCII), givenBytes);
        for (byte[] fallback : fallbacks) {
            ok |= MessageDigest.isEqual(signature(fallback, value).getBytes(StandardCharsets.US_ASCII), givenBytes);
        }
        return ok;
    }

    private static String signature(byte[] key, String value) {
        return BASE64.encodeToString(hmac(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Derives a key per salt, as Django does, so the secret key itself never signs anything. */
    private static byte[] derive(String secretKey, String salt) {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("A signer needs a secret key (set CAIRN_SECRET_KEY)");
        }
        byte[] material = ("cairn.signing" + salt + "signer").getBytes(StandardCharsets.UTF_8);
        return hmac(secretKey.getBytes(StandardCharsets.UTF_8), material);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }
}
