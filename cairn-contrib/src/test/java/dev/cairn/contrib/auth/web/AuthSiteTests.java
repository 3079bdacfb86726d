package dev.cairn.contrib.auth.web;

import dev.cairn.contrib.auth.AuthDatabases;
import dev.cairn.contrib.auth.hashers.Passwords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the tests through an {@link AuthSite} share: a new site for each test, with its counting hasher installed. */
@ExtendWith(AuthDatabases.class)
abstract class AuthSiteTests {

    /** The test's site. */
    AuthSite site;
    private Passwords before;

    @BeforeEach
    void makeSite() {
        site = AuthSite.create();
        before = site.installHasher();
    }

    @AfterEach
    void restoreHasher() {
        Passwords.install(before);
    }
}
