package dev.cairn.contrib.auth.views;

import dev.cairn.contrib.auth.User;
import dev.cairn.contrib.auth.web.PasswordResetTokens;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.mail.EmailBackend;
import dev.cairn.web.mail.EmailMessage;
import dev.cairn.web.mail.Emails;
import dev.cairn.web.templates.Templates;
import dev.cairn.web.views.ClassView;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Asking for a password reset link (Django's {@code PasswordResetView}): {@code GET} shows a form for an email
 * address; {@code POST} emails a link to every active user with that address and a usable password, then answers 302
 * to {@code password_reset_done} whether or not anyone has it, so the page does not tell who has an account. A
 * failure to send is logged, not shown, for the same reason.
 *
 * <p>
 * The link is {@code <scheme>://<host>/.../reset/<uid>/<token>/}, its host the request's own, checked against
 * {@code ALLOWED_HOSTS} before anything else is done: a request with a forged {@code Host} (to make the link point
 * at an attacker's site, who would then receive the token) is answered 400 and sends nothing. The subject and body
 * come from {@code registration/password_reset_subject.txt} and {@code registration/password_reset_email.html}, with
 * {@code email}, {@code domain}, {@code site_name}, {@code uid}, {@code user}, {@code token} and {@code protocol}.
 */
public class PasswordResetView extends ClassView {

    /** Django's template names. */
    public static final String TEMPLATE = "registration/password_reset_form.html";
    /** The subject's template; its lines are joined into one. */
    public static final String SUBJECT_TEMPLATE = "registration/password_reset_subject.txt";
    /** The body's template. */
    public static final String EMAIL_TEMPLATE = "registration/password_reset_email.html";

    private static final System.Logger LOG = System.getLogger(PasswordResetView.class.getName());

    private final EmailBackend mail;
    private final PasswordResetTokens tokens;

    /** The view, sending through {@code mail} links with {@code tokens}' tokens. */
    public PasswordResetView(EmailBackend mail, PasswordResetTokens tokens) {
        this.mail = Objects.requireNonNull(mail, "mail");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** A user's key as it appears in a link: base64url of its text, unpadded (Django's {@code uidb64}). */
    public static String uid(User user) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(user.pk()).getBytes(
                StandardCharsets.UTF_8));
    }

    @Override
    protected Response get(Request request) {
        return page(request, new PasswordResetForm());
    }

    @Override
    protected Response post(Request request) {
        PasswordResetForm form = new PasswordResetForm();
        form.bind(request.form());
        if (!form.isValid()) {
            return page(request, form);
        }
        // First, before any lookup: the host the link will name must be one of ALLOWED_HOSTS (400 otherwise).
        String domain = request.host();
        String email = form.cleaned(form.email);
        for (User user : users(email)) {
            send(request, user, domain);
        }
        return Response.redirect(request.reverse("password_reset_done"));
    }

    /**
     * The active users with a usable password whose address is {@code email}, compared as Django compares them
     * (NFKC, case folded), so that a look-alike address does not receive another person's link.
     */
    private static List<User> users(String email) {
        String wanted = fold(email);
        return User.objects.filter("email__iexact", email).filter("isActive", true).list().stream().filter(
                user -> user.hasUsablePassword() && fold(user.email).equals(wanted)).toList();
    }

    private static String fold(String email) {
        return Normalizer.normalize(email, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private void send(Request request, User user, String domain) {
        Map<String, Object> context = new HashMap<>();
        context.put("email", user.email);
        context.put("domain", domain);
        context.put("site_name", domain);
        context.put("uid", uid(user));
        context.put("user", user);
        context.put("token", tokens.make(user));
        context.put("protocol", request.scheme());
        Templates templates = request.app().templates();
        try {
            String subject = String.join("", templates.render(SUBJECT_TEMPLATE, context).lines().toList());
            mail.send(EmailMessage.builder().subject(subject).body(templates.render(EMAIL_TEMPLATE, context)).from(
                    Emails.defaultFrom(request.settings())).to(user.email).build());
        } catch (RuntimeException e) {
            // Said to the log only: an error page would tell the visitor that the address has an account.
            LOG.log(System.Logger.Level.ERROR, "Failed to send the password reset email to user " + user.pk() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Response page(Request request, PasswordResetForm form) {
        Map<String, Object> context = Redirects.context(request);
        context.put("form", form);
        return request.render(TEMPLATE, context);
    }
}
