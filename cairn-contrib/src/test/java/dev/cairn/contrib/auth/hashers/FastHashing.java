package dev.cairn.contrib.auth.hashers;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs PBKDF2-SHA256 at 1,000 iterations for a test class, so that the users its tests make cost little to hash,
 * and puts back the passwords installed before when the class is done.
 */
public final class FastHashing implements BeforeAllCallback, AfterAllCallback {

    private Passwords before;

    @Override
    public void beforeAll(ExtensionContext context) {
        before = Passwords.install(Passwords.of(Pbkdf2PasswordHasher.sha256(1_000)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Passwords.install(before);
    }
}
