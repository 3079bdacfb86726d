package dev.cairn.web.auth;

/**
 * Nobody in particular: the user of a request when nobody is logged in (Django's {@code AnonymousUser}). It is not
 * authenticated, has an empty username and no permission. There is one, {@link #INSTANCE}.
 */
public final class AnonymousUser implements RequestUser {

    /** The anonymous user. */
    public static final AnonymousUser INSTANCE = new AnonymousUser();

    private AnonymousUser() {}

    /** Always false. */
    @Override
    public boolean isAuthenticated() {
        return false;
    }

    /** Always empty. */
    @Override
    public String username() {
        return "";
    }

    /** Always false: permissions belong to people who logged in. */
    @Override
    public boolean hasPerm(String permission) {
        return false;
    }

    /** {@code AnonymousUser}, as Django prints it. */
    @Override
    public String toString() {
        return "AnonymousUser";
    }
}
