package dev.cairn.web.csrf;

import dev.cairn.http.SetCookie;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.time.Duration;
import java.util.Locale;

/**
 * Keeps the CSRF secret in a cookie, as Django does by default: {@code csrftoken}, a year, {@code SameSite=Lax},
 * readable by JavaScript (the secret is useless to another site, which cannot read it, and a script on this site
 * could read the token from the page anyway). Each setting below changes one attribute.
 *
 * <p>
 * A response that sets the cookie gets {@code Vary: Cookie}, since its page holds a token made from it.
 */
public final class CookieSecretStore implements CsrfSecretStore {

    private final SetCookie template;

    private CookieSecretStore(SetCookie template) {
        this.template = template;
    }

    /**
     * The store the settings describe: {@code CSRF_COOKIE_NAME} ({@code csrftoken}), {@code CSRF_COOKIE_AGE} in
     * seconds (a year), {@code CSRF_COOKIE_DOMAIN} (none: host-only), {@code CSRF_COOKIE_PATH} ({@code /}),
     * {@code CSRF_COOKIE_SECURE} ({@code false}), {@code CSRF_COOKIE_HTTPONLY} ({@code false}),
     * {@code CSRF_COOKIE_SAMESITE} ({@code Lax}; {@code Strict}, {@code None}, or {@code false} for no attribute).
     *
     * @throws SettingsException for a value that cannot be used, naming the setting
     */
    public static CookieSecretStore of(Settings settings) {
        String name = settings.get(CsrfMiddleware.CSRF_COOKIE_NAME, "csrftoken");
        long age = settings.integer(CsrfMiddleware.CSRF_COOKIE_AGE, Duration.ofDays(365).toSeconds());
        if (age < 1) {
            throw new SettingsException(CsrfMiddleware.CSRF_COOKIE_AGE + " must be a number of seconds above 0, not "
                    + age);
        }
        SetCookie.Builder cookie = SetCookie.builder(name, "x")
                .maxAge(age)
                .domain(blankToNull(settings.get(CsrfMiddleware.CSRF_COOKIE_DOMAIN)))
                .path(settings.get(CsrfMiddleware.CSRF_COOKIE_PATH, "/"))
                .secure(settings.bool(CsrfMiddleware.CSRF_COOKIE_SECURE, false))
                .httpOnly(settings.bool(CsrfMiddleware.CSRF_COOKIE_HTTPONLY, false))
                .sameSite(sameSite(settings.get(CsrfMiddleware.CSRF_COOKIE_SAMESITE, "Lax")));
        try {
            return new CookieSecretStore(cookie.build());
        } catch (IllegalArgumentException e) {
            throw new SettingsException("The CSRF cookie cannot be set as the CSRF_COOKIE_* settings say: "
                    + e.getMessage());
        }
    }

    /** The cookie's name. */
    public String cookieName() {
        return template.name();
    }

    /** The cookie's {@code Domain}, or null when it is host-only; the Referer check trusts this domain. */
    public String cookieDomain() {
        return template.domain();
    }

    @Override
    public String load(Request request) {
        return request.cookie(template.name());
    }

    @Override
    public void save(Request request, Response response, String secret) {
        response.cookie(template.withValue(secret));
        String vary = response.header("Vary");
        if (vary == null) {
            response.header("Vary", "Cookie");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("cookie") && !vary.strip().equals("*")) {
            response.header("Vary", vary + ", Cookie");
        }
    }

    @Override
    public String describe() {
        return "cookie '" + template.name() + "'";
    }

    private static SetCookie.SameSite sameSite(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "lax" -> SetCookie.SameSite.LAX;
            case "strict" -> SetCookie.SameSite.STRICT;
            case "none" -> SetCookie.SameSite.NONE;
            case "false", "" -> null;
            default -> throw new SettingsException(CsrfMiddleware.CSRF_COOKIE_SAMESITE + " must be Lax, Strict, None "
                    + "or false, not '" + value + "'");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
