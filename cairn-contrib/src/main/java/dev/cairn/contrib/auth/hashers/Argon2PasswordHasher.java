package dev.cairn.contrib.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2 (RFC 9106), the winner of the Password Hashing Competition, in Django's format (Bouncy Castle computes it):
 *
 * <pre>
 * argon2$argon2id$v=19$m=102400,t=2,p=8$&lt;base64 salt&gt;$&lt;base64 hash&gt;
 * </pre>
 *
 * New values use Argon2id, version 19 (0x13), and Django's costs: 2 passes over 102,400 KiB (100 MiB) in 8 lanes,
 * with a 32-byte hash (what Django writes with argon2-cffi 21.2 and later). Values Django wrote with Argon2i or
 * Argon2d, without a version ({@code argon2$argon2i$m=...}, version 16), or with other costs or a 16-byte hash still
 * verify, and {@link #mustUpdate} asks for them to be encoded again. Base64 is written without padding, as the
 * reference implementation does.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** Django's passes over memory. */
    public static final int DEFAULT_TIME_COST = 2;
    /** Django's memory, in KiB. */
    public static final int DEFAULT_MEMORY_COST = 102_400;
    /** Django's lanes. */
    public static final int DEFAULT_PARALLELISM = 8;
    /** The hash's length in bytes. */
    public static final int HASH_LENGTH = 32;

    private static final String ALGORITHM = "argon2";
    private static final String SHAPE = "argon2$<variety>$v=<version>$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>";
    private static final Map<String, Integer> VARIETIES = Map.of("argon2id", Argon2Parameters.ARGON2_id, "argon2i",
            Argon2Parameters.ARGON2_i, "argon2d", Argon2Parameters.ARGON2_d);

    private final Argon2Cost cost;

    private Argon2PasswordHasher(Argon2Cost cost) {
        this.cost = cost;
    }

    /** Argon2id with Django's costs. */
    public static Argon2PasswordHasher create() {
        return of(DEFAULT_TIME_COST, DEFAULT_MEMORY_COST, DEFAULT_PARALLELISM);
    }

    /**
     * Argon2id with these costs.
     *
     * @throws IllegalArgumentException when a cost is below one, or memory is less than 8 KiB a lane (RFC 9106, 3.1)
     */
    public static Argon2PasswordHasher of(int timeCost, int memoryCost, int parallelism) {
        return new Argon2PasswordHasher(Argon2Cost.checked(timeCost, memoryCost, parallelism));
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    /** The costs new values get. */
    public Argon2Cost cost() {
        return cost;
    }

    @Override
    public String encode(String password, String salt) {
        Salts.requireUsable(salt);
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        byte[] hash = derive(password, Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13, cost,
                saltBytes, HASH_LENGTH);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$argon2id$v=19$" + cost.text() + "$" + base64.encodeToString(saltBytes) + "$" + base64
                .encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        Argon2Value value = Argon2Value.decode(encoded);
        byte[] hash = derive(password, VARIETIES.get(value.variety()), value.version(), value.cost(), value.salt(),
                value.hash().length);
        return MessageDigest.isEqual(hash, value.hash());
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Argon2Value value = Argon2Value.decode(encoded);
        return !value.variety().equals("argon2id") || value.version() != Argon2Parameters.ARGON2_VERSION_13
                || !value.cost().equals(cost) || value.hash().length != HASH_LENGTH
                || Salts.tooShort(new String(value.salt(), StandardCharsets.ISO_8859_1));
    }

    @Override
    public Map<String, String> safeSummary(String encoded) {
        Argon2Value value = Argon2Value.decode(encoded);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("algorithm", ALGORITHM);
        summary.put("variety", value.variety());
        summary.put("version", Integer.toString(value.version()));
        summary.put("memory cost", Integer.toString(value.cost().memoryCost()));
        summary.put("time cost", Integer.toString(value.cost().timeCost()));
        summary.put("parallelism", Integer.toString(value.cost().parallelism()));
        summary.put("salt", Salts.mask(base64.encodeToString(value.salt())));
        summary.put("hash", Salts.mask(base64.encodeToString(value.hash())));
        return summary;
    }

    /** The known varieties by name, for {@link Argon2Value}. */
    static boolean knownVariety(String name) {
        return VARIETIES.containsKey(name);
    }

    /** The shape of an encoded value, for error messages. */
    static String shape() {
        return SHAPE;
    }

    private static byte[] derive(String password, int variety, int version, Argon2Cost cost, byte[] salt, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(variety)
                .withVersion(version)
                .withIterations(cost.timeCost())
                .withMemoryAsKB(cost.memoryCost())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        return hash;
    }

    @Override
    public String toString() {
        return "argon2(" + cost.text() + ")";
    }
}
