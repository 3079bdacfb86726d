package dev.cairn.contrib.auth.views;

import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import dev.cairn.contrib.auth.web.Login;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.views.ClassView;
import java.util.Map;
import java.util.Objects;

/**
 * Changing one's password (Django's {@code PasswordChangeView}), for a logged-in user (route it through
 * {@link dev.cairn.web.auth.Access#loginRequired}, as {@link AuthUrls} does): the current password, then the new one
 * twice, checked by the password validators. Once saved, this session is kept logged in with the new password's
 * hash ({@link Login#updateSessionAuthHash}), the user's other sessions end, and the answer is 302 to
 * {@code password_change_done}.
 */
public class PasswordChangeView extends ClassView {

    /** Django's template name. */
    public static final String TEMPLATE = "registration/password_change_form.html";

    private final PasswordValidators validators;

    /** The view, checking new passwords with {@code validators}. */
    public PasswordChangeView(PasswordValidators validators) {
        this.validators = Objects.requireNonNull(validators, "validators");
    }

    @Override
    protected Response get(Request request) {
        return page(request, new PasswordChangeForm(user(request), validators));
    }

    @Override
    protected Response post(Request request) {
        User user = user(request);
        PasswordChangeForm form = new PasswordChangeForm(user, validators);
        form.bind(request.form());
        if (!form.isValid()) {
            return page(request, form);
        }
        form.save();
        Login.updateSessionAuthHash(request, user);
        return Response.redirect(request.reverse("password_change_done"));
    }

    private static User user(Request request) {
        return Login.currentUser(request).orElseThrow(() -> new IllegalStateException("PasswordChangeView needs a "
                + "logged-in contrib User: route it through Access.loginRequired(...)"));
    }

    private static Response page(Request request, PasswordChangeForm form) {
        Map<String, Object> context = Redirects.context(request);
        context.put("form", form);
        return request.render(TEMPLATE, context);
    }
}
