package dev.cairn.contrib.auth.views;

import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.validation.PasswordValidators;
import dev.cairn.contrib.auth.web.PasswordResetTokens;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.views.ClassView;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Where a password reset link leads (Django's {@code PasswordResetConfirmView}), at {@code reset/<uidb64>/<token>/}.
 *
 * <p>
 * A link whose token checks out for the user is answered 302 to the same page with {@value #RESET_URL_TOKEN} in
 * place of the token, which is kept in the session instead: the token then never sits in the address bar, or in a
 * {@code Referer} the page's resources send. At {@value #RESET_URL_TOKEN}, the session's token is checked again and
 * the form asks for the new password twice (the password validators apply); once saved, the token is dead (the
 * password it was made from has changed), it is removed from the session, and the answer is 302 to
 * {@code password_reset_complete}. A token that is wrong, used, expired, or made for another user, and a link whose
 * user is unknown, get {@code registration/password_reset_confirm.html} with {@code validlink} false.
 */
public class PasswordResetConfirmView extends ClassView {

    /** Django's template name. */
    public static final String TEMPLATE = "registration/password_reset_confirm.html";
    /** What takes the token's place in the page's address. */
    public static final String RESET_URL_TOKEN = "set-password";
    /** Where the session keeps the token meanwhile. */
    public static final String SESSION_TOKEN = "_password_reset_token";

    private final PasswordResetTokens tokens;
    private final PasswordValidators validators;

    /** The view, checking links with {@code tokens} and new passwords with {@code validators}. */
    public PasswordResetConfirmView(PasswordResetTokens tokens, PasswordValidators validators) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.validators = Objects.requireNonNull(validators, "validators");
    }

    @Override
    protected Response get(Request request) {
        User user = user(request);
        String token = request.kwarg("token", String.class);
        if (!RESET_URL_TOKEN.equals(token)) {
            if (!tokens.check(user, token)) {
                return invalid(request);
            }
            request.session().put(SESSION_TOKEN, token);
            return Response.redirect(request.reverse("password_reset_confirm", request.kwarg("uidb64"),
                    RESET_URL_TOKEN));
        }
        return sessionTokenValid(request, user)
                ? page(request, new SetPasswordForm(user, validators))
                : invalid(
                        request);
    }

    @Override
    protected Response post(Request request) {
        User user = user(request);
        if (!RESET_URL_TOKEN.equals(request.kwarg("token", String.class)) || !sessionTokenValid(request, user)) {
            return invalid(request);
        }
        SetPasswordForm form = new SetPasswordForm(user, validators);
        form.bind(request.form());
        if (!form.isValid()) {
            return page(request, form);
        }
        form.save();
        request.session().remove(SESSION_TOKEN);
        return Response.redirect(request.reverse("password_reset_complete"));
    }

    private boolean sessionTokenValid(Request request, User user) {
        Object token = request.session().get(SESSION_TOKEN);
        return token instanceof String text && tokens.check(user, text);
    }

    /** The user the link's {@code uidb64} names, or null when it names nobody or is not base64 of a key. */
    private static User user(Request request) {
        String uid = request.kwarg("uidb64", String.class);
        long id;
        try {
            id = Long.parseLong(new String(Base64.getUrlDecoder().decode(uid), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return User.objects.filter("pk", id).first();
    }

    private static Response page(Request request, SetPasswordForm form) {
        Map<String, Object> context = Redirects.context(request);
        context.put("form", form);
        context.put("validlink", true);
        return request.render(TEMPLATE, context);
    }

    private static Response invalid(Request request) {
        Map<String, Object> context = Redirects.context(request);
        context.put("validlink", false);
        return request.render(TEMPLATE, context);
    }
}
