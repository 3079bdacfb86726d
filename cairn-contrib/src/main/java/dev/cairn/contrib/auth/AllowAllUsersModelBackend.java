package dev.cairn.contrib.auth;

/**
 * {@link ModelBackend} that lets inactive users log in too (Django's backend of that name), for sites that show an
 * inactive user a page of their own instead of refusing them; they still have no permissions.
 */
public class AllowAllUsersModelBackend extends ModelBackend {

    /** On the default database. */
    public AllowAllUsersModelBackend() {}

    /** On the named database. */
    public AllowAllUsersModelBackend(String database) {
        super(database);
    }

    @Override
    protected boolean canAuthenticate(User user) {
        return true;
    }
}
