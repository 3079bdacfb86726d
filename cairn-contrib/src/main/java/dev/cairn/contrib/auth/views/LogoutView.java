package dev.cairn.contrib.auth.views;

import dev.cairn.contrib.auth.web.Login;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.views.ClassView;

/**
 * Logging out (Django's {@code LogoutView}): {@code POST} only, so that a link or an image on another site cannot log
 * anyone out; {@code GET} is answered 405 with {@code Allow: POST, OPTIONS}. The session's data and key are deleted
 * ({@link Login#logout}), then 302 to the safe {@code next=} target, else {@code LOGOUT_REDIRECT_URL}, else the
 * {@code registration/logged_out.html} page.
 */
public class LogoutView extends ClassView {

    /** Django's template name. */
    public static final String TEMPLATE = "registration/logged_out.html";

    /** The view. */
    public LogoutView() {}

    @Override
    protected Response post(Request request) {
        Login.logout(request);
        String next = Redirects.next(request, Redirects.LOGOUT_REDIRECT_URL, null);
        return next != null ? Response.redirect(next) : request.render(TEMPLATE, Redirects.context(request));
    }
}
