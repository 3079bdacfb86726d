package dev.cairn.contrib.auth.hashers;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A real PBKDF2 hasher with few iterations that counts its work, to prove which paths run it. */
public final class CountingHasher implements PasswordHasher {

    private final Pbkdf2PasswordHasher real;
    /** How many times a password was encoded. */
    public final AtomicInteger encodes = new AtomicInteger();
    /** How many times a password was verified. */
    public final AtomicInteger verifies = new AtomicInteger();
    /** How many times a runtime was hardened. */
    public final AtomicInteger hardenings = new AtomicInteger();

    /** PBKDF2-SHA256 with {@code iterations} iterations. */
    public CountingHasher(int iterations) {
        this.real = Pbkdf2PasswordHasher.sha256(iterations);
    }

    @Override
    public String algorithm() {
        return real.algorithm();
    }

    @Override
    public String encode(String password, String salt) {
        encodes.incrementAndGet();
        return real.encode(password, salt);
    }

    @Override
    public boolean verify(String password, String encoded) {
        verifies.incrementAndGet();
        return real.verify(password, encoded);
    }

    @Override
    public boolean mustUpdate(String encoded) {
        return real.mustUpdate(encoded);
    }

    @Override
    public void hardenRuntime(String password, String encoded) {
        hardenings.incrementAndGet();
        real.hardenRuntime(password, encoded);
    }

    @Override
    public Map<String, String> safeSummary(String encoded) {
        return real.safeSummary(encoded);
    }

    /** How many times the hasher ran in any way. */
    public int runs() {
        return encodes.get() + verifies.get() + hardenings.get();
    }
}
