package dev.cairn.contrib.auth.views;

import dev.cairn.contrib.auth.LoginOutcome;
import dev.cairn.contrib.auth.web.Login;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.views.ClassView;
import java.util.Map;
import java.util.Objects;

/**
 * The login page (Django's {@code LoginView}): {@code GET} shows the form, {@code POST} tries the credentials through
 * the site's {@link dev.cairn.contrib.auth.Auth} (the one {@link dev.cairn.contrib.auth.web.AuthenticationMiddleware}
 * holds) from the client's address, so that its throttle counts each try.
 *
 * <ul>
 * <li>A user proved: {@link Login#login} (a new session key), then 302 to the safe {@code next=} target, else
 * {@code LOGIN_REDIRECT_URL} ({@code /accounts/profile/} by default).</li>
 * <li>Nobody proved: the form again, 200, with Django's message, which does not tell a wrong username from a wrong
 * password.</li>
 * <li>Locked by the throttle: the form again with how long to wait, as 429 Too Many Requests with
 * {@code Retry-After} (RFC 6585 §4), as django-axes answers a lockout; the password was not checked.</li>
 * </ul>
 * The template ({@code registration/login.html}) gets {@code form}, {@code next} (the safe target only, never what
 * was asked for otherwise) and {@code site_name}.
 */
public class LoginView extends ClassView {

    /** Django's template name. */
    public static final String TEMPLATE = "registration/login.html";

    private final String template;

    /** The view with Django's template. */
    public LoginView() {
        this(TEMPLATE);
    }

    /** The view rendering {@code template}. */
    public LoginView(String template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    @Override
    protected Response get(Request request) {
        return page(request, new LoginForm(Login.auth(request), request.client()));
    }

    @Override
    protected Response post(Request request) {
        LoginForm form = new LoginForm(Login.auth(request), request.client());
        form.bind(request.form());
        if (form.isValid() && form.outcome() instanceof LoginOutcome.Success success) {
            Login.login(request, success.user(), success.backend());
            return Response.redirect(Redirects.next(request, Redirects.LOGIN_REDIRECT_URL,
                    Redirects.DEFAULT_LOGIN_REDIRECT_URL));
        }
        Response page = page(request, form);
        if (form.outcome() instanceof LoginOutcome.Locked locked) {
            page.status(429).header("Retry-After", Long.toString(LoginForm.retryAfterSeconds(locked)));
        }
        return page;
    }

    private Response page(Request request, LoginForm form) {
        Map<String, Object> context = Redirects.context(request);
        context.put("form", form);
        return request.render(template, context);
    }
}
