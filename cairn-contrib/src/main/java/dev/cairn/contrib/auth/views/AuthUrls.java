package dev.cairn.contrib.auth.views;

import static dev.cairn.web.Urls.path;

import dev.cairn.contrib.auth.validation.PasswordValidators;
import dev.cairn.contrib.auth.web.PasswordResetTokens;
import dev.cairn.web.View;
import dev.cairn.web.auth.Access;
import dev.cairn.web.mail.EmailBackend;
import dev.cairn.web.routing.Route;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import dev.cairn.web.views.TemplateView;
import java.util.List;

/**
 * The auth views under Django's paths and names ({@code django.contrib.auth.urls}), to include under a prefix without
 * a namespace, since the views reverse each other by these names:
 *
 * <pre>{@code
 * .routes(Urls.include("accounts/", AuthUrls.routes(settings, Emails.create(settings))))
 * .templates(AuthUrls.templates(Templates.builder().folder(Path.of("templates"))))
 * }</pre>
 *
 * <table>
 * <caption>Routes</caption>
 * <tr><th>path</th><th>name</th><th>view</th></tr>
 * <tr><td>{@code login/}</td><td>{@code login}</td><td>{@link LoginView}</td></tr>
 * <tr><td>{@code logout/}</td><td>{@code logout}</td><td>{@link LogoutView} (POST only)</td></tr>
 * <tr><td>{@code password_change/}</td><td>{@code password_change}</td><td>{@link PasswordChangeView}, logged in</td></tr>
 * <tr><td>{@code password_change/done/}</td><td>{@code password_change_done}</td><td>a page, logged in</td></tr>
 * <tr><td>{@code password_reset/}</td><td>{@code password_reset}</td><td>{@link PasswordResetView}</td></tr>
 * <tr><td>{@code password_reset/done/}</td><td>{@code password_reset_done}</td><td>a page</td></tr>
 * <tr><td>{@code reset/<uidb64>/<token>/}</td><td>{@code password_reset_confirm}</td>
 * <td>{@link PasswordResetConfirmView}</td></tr>
 * <tr><td>{@code reset/done/}</td><td>{@code password_reset_complete}</td><td>a page</td></tr>
 * </table>
 */
public final class AuthUrls {

    /**
     * The classpath folder of the views' templates ({@code registration/login.html}, ...), each of which a site
     * overrides with its own of the same name in a folder registered before it; {@code registration/base.html} is
     * the one they all extend, to put them in the site's layout.
     */
    public static final String TEMPLATES = "cairn-auth-templates";

    private AuthUrls() {}

    /**
     * The routes, with password validators ({@code AUTH_PASSWORD_VALIDATORS}) and reset tokens
     * ({@code PASSWORD_RESET_TIMEOUT}) from {@code settings}, and reset links sent through {@code mail}.
     *
     * @throws dev.cairn.web.settings.SettingsException for a setting that cannot be used
     */
    public static List<Route<View>> routes(Settings settings, EmailBackend mail) {
        return routes(settings, mail, PasswordResetTokens.create(settings));
    }

    /** The routes, with reset links made and checked by {@code tokens} (which may tell the time by another clock). */
    public static List<Route<View>> routes(Settings settings, EmailBackend mail, PasswordResetTokens tokens) {
        PasswordValidators validators = PasswordValidators.create(settings);
        return List.of(
                path("login/", new LoginView(), "login"),
                path("logout/", new LogoutView(), "logout"),
                path("password_change/", Access.loginRequired(new PasswordChangeView(validators)), "password_change"),
                path("password_change/done/", Access.loginRequired(TemplateView.of(
                        "registration/password_change_done.html")), "password_change_done"),
                path("password_reset/", new PasswordResetView(mail, tokens), "password_reset"),
                path("password_reset/done/", TemplateView.of("registration/password_reset_done.html"),
                        "password_reset_done"),
                path("reset/<uidb64>/<token>/", new PasswordResetConfirmView(tokens, validators),
                        "password_reset_confirm"),
                path("reset/done/", TemplateView.of("registration/password_reset_complete.html"),
                        "password_reset_complete"));
    }

    /** Adds the views' own templates to {@code templates}, after the folders already added (which override them). */
    public static Templates.Builder templates(Templates.Builder templates) {
        return templates.classpath(TEMPLATES, AuthUrls.class.getClassLoader());
    }
}
