package dev.cairn.web.auth;

import dev.cairn.web.Request;
import dev.cairn.web.templates.ContextProcessor;
import java.util.Map;

/**
 * The context processor that gives templates {@code user} and {@code perms} (Django's {@code auth} context
 * processor): {@code {% if user.isAuthenticated %}Hello, {{ user.username }}{% endif %}} and
 * {@code {% if perms.shelf.add_book %}...{% endif %}}.
 *
 * <p>
 * A site's templates get it from {@code WebApp.builder().templates(Templates.Builder)}; it adds nothing to a request
 * no authentication middleware has given a user source. It asks for the user when the page is rendered, which loads
 * the session (and so the response varies on {@code Cookie}); the permissions are asked for only as the template
 * reads them.
 */
public final class UserContext {

    /** The variable the user is under. */
    public static final String USER = "user";
    /** The variable the permissions are under. */
    public static final String PERMS = "perms";

    private UserContext() {}

    /** The processor. */
    public static ContextProcessor processor() {
        return request -> {
            if (request instanceof Request web && web.hasUserSource()) {
                RequestUser user = web.user();
                return Map.of(USER, user, PERMS, new PermissionLookup(user));
            }
            return Map.of();
        };
    }
}
