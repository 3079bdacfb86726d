package dev.cairn.web.sessions;

import dev.cairn.http.SetCookie;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The session settings, Django's names and defaults, read and checked once when {@link SessionMiddleware} is made.
 *
 * <table>
 * <caption>The settings</caption>
 * <tr><th>key</th><th>default</th></tr>
 * <tr><td>{@code SESSION_COOKIE_NAME}</td><td>{@code sessionid}</td></tr>
 * <tr><td>{@code SESSION_COOKIE_AGE}</td><td>1,209,600 seconds (two weeks)</td></tr>
 * <tr><td>{@code SESSION_COOKIE_DOMAIN}</td><td>none: the cookie goes back to the host that set it only</td></tr>
 * <tr><td>{@code SESSION_COOKIE_PATH}</td><td>{@code /}</td></tr>
 * <tr><td>{@code SESSION_COOKIE_SECURE}</td><td>{@code false} (turn on behind HTTPS)</td></tr>
 * <tr><td>{@code SESSION_COOKIE_HTTPONLY}</td><td>{@code true}: scripts cannot read the key</td></tr>
 * <tr><td>{@code SESSION_COOKIE_SAMESITE}</td><td>{@code Lax}; {@code Strict}, {@code None} (needs Secure), or
 * {@code false} to leave the attribute off</td></tr>
 * <tr><td>{@code SESSION_EXPIRE_AT_BROWSER_CLOSE}</td><td>{@code false}</td></tr>
 * <tr><td>{@code SESSION_SAVE_EVERY_REQUEST}</td><td>{@code false}</td></tr>
 * </table>
 *
 * @param cookieName           the cookie's name
 * @param age                  how long a session lives after its last save, and its cookie's {@code Max-Age}
 * @param domain               the cookie's {@code Domain}, or null
 * @param path                 the cookie's {@code Path}
 * @param secure               whether the cookie is {@code Secure}
 * @param httpOnly             whether the cookie is {@code HttpOnly}
 * @param sameSite             the cookie's {@code SameSite}, or null to leave it off
 * @param expireAtBrowserClose whether sessions end with the browser (a cookie without Max-Age) unless they set an
 *                             expiry
 * @param saveEveryRequest     whether every request with a session saves it (restarting its age), changed or not
 */
public record SessionSettings(String cookieName, Duration age, String domain, String path, boolean secure,
        boolean httpOnly, SetCookie.SameSite sameSite, boolean expireAtBrowserClose, boolean saveEveryRequest) {

    /** The session cookie's name. */
    public static final String SESSION_COOKIE_NAME = "SESSION_COOKIE_NAME";
    /** How long sessions live, in seconds. */
    public static final String SESSION_COOKIE_AGE = "SESSION_COOKIE_AGE";
    /** The session cookie's Domain. */
    public static final String SESSION_COOKIE_DOMAIN = "SESSION_COOKIE_DOMAIN";
    /** The session cookie's Path. */
    public static final String SESSION_COOKIE_PATH = "SESSION_COOKIE_PATH";
    /** Whether the session cookie is sent over HTTPS only. */
    public static final String SESSION_COOKIE_SECURE = "SESSION_COOKIE_SECURE";
    /** Whether scripts are kept from reading the session cookie. */
    public static final String SESSION_COOKIE_HTTPONLY = "SESSION_COOKIE_HTTPONLY";
    /** The session cookie's SameSite. */
    public static final String SESSION_COOKIE_SAMESITE = "SESSION_COOKIE_SAMESITE";
    /** Whether sessions end when the browser closes. */
    public static final String SESSION_EXPIRE_AT_BROWSER_CLOSE = "SESSION_EXPIRE_AT_BROWSER_CLOSE";
    /** Whether sessions are saved on every request. */
    public static final String SESSION_SAVE_EVERY_REQUEST = "SESSION_SAVE_EVERY_REQUEST";

    /** Two weeks, Django's default. */
    public static final Duration DEFAULT_AGE = Duration.ofDays(14);

    /**
     * Checks the settings together.
     *
     * @throws SettingsException naming the setting that is wrong and how to fix it
     */
    public SessionSettings {
        Objects.requireNonNull(cookieName, "cookieName");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(path, "path");
        if (age.isNegative() || age.isZero()) {
            throw new SettingsException(SESSION_COOKIE_AGE + " must be a positive number of seconds, not "
                    + age.toSeconds());
        }
        if (!path.startsWith("/")) {
            throw new SettingsException(SESSION_COOKIE_PATH + " must start with '/', not '" + path + "'");
        }
        if (sameSite == SetCookie.SameSite.NONE && !secure) {
            throw new SettingsException(SESSION_COOKIE_SAMESITE + "=None needs " + SESSION_COOKIE_SECURE
                    + "=true: browsers drop a SameSite=None cookie that is not Secure");
        }
        try {
            SetCookie.builder(cookieName, "x").path(path).domain(domain).secure(secure).build();
        } catch (IllegalArgumentException e) {
            throw new SettingsException("The session cookie cannot be set as " + SESSION_COOKIE_NAME + ", "
                    + SESSION_COOKIE_DOMAIN + " and " + SESSION_COOKIE_PATH + " say: " + e.getMessage());
        }
    }

    /**
     * Reads the session settings, Django's defaults where unset.
     *
     * @throws SettingsException for a value that does not parse or does not fit with the others, naming the key
     */
    public static SessionSettings of(Settings settings) {
        String domain = settings.get(SESSION_COOKIE_DOMAIN);
        return new SessionSettings(
                settings.get(SESSION_COOKIE_NAME, "sessionid").strip(),
                Duration.ofSeconds(settings.integer(SESSION_COOKIE_AGE, DEFAULT_AGE.toSeconds())),
                domain == null || domain.isBlank() ? null : domain.strip(),
                settings.get(SESSION_COOKIE_PATH, "/").strip(),
                settings.bool(SESSION_COOKIE_SECURE, false),
                settings.bool(SESSION_COOKIE_HTTPONLY, true),
                sameSite(settings.get(SESSION_COOKIE_SAMESITE, "Lax")),
                settings.bool(SESSION_EXPIRE_AT_BROWSER_CLOSE, false),
                settings.bool(SESSION_SAVE_EVERY_REQUEST, false));
    }

    /** Django's defaults: what {@link #of} reads from settings that set none of the keys. */
    public static SessionSettings defaults() {
        return of(Settings.builder().build());
    }

    private static SetCookie.SameSite sameSite(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "lax" -> SetCookie.SameSite.LAX;
            case "strict" -> SetCookie.SameSite.STRICT;
            case "none" -> SetCookie.SameSite.NONE;
            case "false", "" -> null;
            default -> throw new SettingsException(SESSION_COOKIE_SAMESITE + " must be Lax, Strict, None or false, "
                    + "not '" + value + "'");
        };
    }
}
