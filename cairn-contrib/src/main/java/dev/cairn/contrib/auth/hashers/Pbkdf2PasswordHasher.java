package dev.cairn.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 (RFC 8018) with HMAC-SHA256 or HMAC-SHA1, in Django's format, so that passwords stored by a Django site
 * verify here and the other way round:
 *
 * <pre>
 * pbkdf2_sha256$1000000$&lt;salt&gt;$&lt;base64 of the 32-byte hash&gt;
 * pbkdf2_sha1$1000000$&lt;salt&gt;$&lt;base64 of the 20-byte hash&gt;
 * </pre>
 *
 * The password and the salt are hashed as their UTF-8 bytes. The iteration count is stored in each value, so it can
 * be raised at any time: old values still verify, {@link #mustUpdate} says they are weaker, and a login encodes
 * them again.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    /** Django 5.2's iteration count, the default here. */
    public static final int DEFAULT_ITERATIONS = 1_000_000;

    private static final String SHAPE = "<algorithm>$<iterations>$<salt>$<hash>";

    private final String algorithm;
    private final String jdkName;
    private final int hashBytes;
    private final int iterations;

    private Pbkdf2PasswordHasher(String algorithm, String jdkName, int hashBytes, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException(algorithm + " needs at least one iteration, not " + iterations);
        }
        this.algorithm = algorithm;
        this.jdkName = jdkName;
        this.hashBytes = hashBytes;
        this.iterations = iterations;
    }

    /** {@code pbkdf2_sha256} with {@value #DEFAULT_ITERATIONS} iterations: the default hasher. */
    public static Pbkdf2PasswordHasher sha256() {
        return sha256(DEFAULT_ITERATIONS);
    }

    /**
     * {@code pbkdf2_sha256} with {@code iterations} iterations.
     *
     * @throws IllegalArgumentException when {@code iterations} is below one
     */
    public static Pbkdf2PasswordHasher sha256(int iterations) {
        return new Pbkdf2PasswordHasher("pbkdf2_sha256", "PBKDF2WithHmacSHA256", 32, iterations);
    }

    /** {@code pbkdf2_sha1} with {@value #DEFAULT_ITERATIONS} iterations, which Django also lists by default. */
    public static Pbkdf2PasswordHasher sha1() {
        return sha1(DEFAULT_ITERATIONS);
    }

    /** {@code pbkdf2_sha1} with {@code iterations} iterations. */
    public static Pbkdf2PasswordHasher sha1(int iterations) {
        return new Pbkdf2PasswordHasher("pbkdf2_sha1", "PBKDF2WithHmacSHA1", 20, iterations);
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    /** How many iterations new values get. */
    public int iterations() {
        return iterations;
    }

    @Override
    public String encode(String password, String salt) {
        return encode(password, salt, iterations);
    }

    private String encode(String password, String salt, int count) {
        Salts.requireUsable(salt);
        String hash = Base64.getEncoder().encodeToString(derive(password, salt, count));
        return algorithm + "$" + count + "$" + salt + "$" + hash;
    }

    @Override
    public boolean verify(String password, String encoded) {
        Decoded decoded = decode(encoded);
        return EncodedParts.constantTimeEquals(encoded, encode(password, decoded.salt(), decoded.iterations()));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Decoded decoded = decode(encoded);
        return decoded.iterations() != iterations || Salts.tooShort(decoded.salt());
    }

    /** Runs the iterations the stored value lacks, so a wrong password against it costs what a current one does. */
    @Override
    public void hardenRuntime(String password, String encoded) {
        Decoded decoded = decode(encoded);
        int extra = iterations - decoded.iterations();
        if (extra > 0) {
            derive(password, decoded.salt(), extra);
        }
    }

    @Override
    public Map<String, String> safeSummary(String encoded) {
        Decoded decoded = decode(encoded);
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("algorithm", algorithm);
        summary.put("iterations", Integer.toString(decoded.iterations()));
        summary.put("salt", Salts.mask(decoded.salt()));
        summary.put("hash", Salts.mask(decoded.hash()));
        return summary;
    }

    private record Decoded(int iterations, String salt, String hash) {}

    private Decoded decode(String encoded) {
        String[] parts = EncodedParts.split(encoded, algorithm, 4, SHAPE);
        return new Decoded(EncodedParts.positive(parts[1], algorithm, "the iteration count"), parts[2], parts[3]);
    }

    private byte[] derive(String password, String salt, int count) {
        // The JDK's PBKDF2 encodes the password's characters as UTF-8, as Django's force_bytes does.
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), count,
                hashBytes * 8);
        try {
            return SecretKeyFactory.getInstance(jdkName).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jdkName + " is part of every JDK, yet failed: " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return algorithm + "(iterations=" + iterations + ")";
    }
}
