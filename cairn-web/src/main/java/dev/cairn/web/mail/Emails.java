package dev.cairn.web.mail;

import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.time.Duration;
import java.util.Locale;

/**
 * The email backend the settings name, and the address mail is sent from (Django's {@code EMAIL_*} settings):
 *
 * <table>
 * <caption>Email settings</caption>
 * <tr><th>key</th><th>default</th><th></th></tr>
 * <tr><td>{@code EMAIL_BACKEND}</td><td>{@code smtp}</td><td>{@code smtp}, {@code console} or {@code memory}</td></tr>
 * <tr><td>{@code EMAIL_HOST}, {@code EMAIL_PORT}</td><td>{@code localhost}, 25</td><td>the mail server</td></tr>
 * <tr><td>{@code EMAIL_HOST_USER}, {@code EMAIL_HOST_PASSWORD}</td><td>none</td><td>its login</td></tr>
 * <tr><td>{@code EMAIL_USE_TLS}, {@code EMAIL_USE_SSL}</td><td>false</td><td>STARTTLS, or TLS from the start</td></tr>
 * <tr><td>{@code EMAIL_TIMEOUT}</td><td>30</td><td>seconds to connect and for each reply</td></tr>
 * <tr><td>{@code DEFAULT_FROM_EMAIL}</td><td>{@code webmaster@localhost}</td><td>the sender of the site's
 * mail</td></tr>
 * </table>
 */
public final class Emails {

    /** Which backend: {@code smtp}, {@code console} or {@code memory}. */
    public static final String EMAIL_BACKEND = "EMAIL_BACKEND";
    /** The mail server's host. */
    public static final String EMAIL_HOST = "EMAIL_HOST";
    /** The mail server's port. */
    public static final String EMAIL_PORT = "EMAIL_PORT";
    /** The mail server's login name. */
    public static final String EMAIL_HOST_USER = "EMAIL_HOST_USER";
    /** The mail server's password. */
    public static final String EMAIL_HOST_PASSWORD = "EMAIL_HOST_PASSWORD";
    /** Whether to upgrade the connection with STARTTLS. */
    public static final String EMAIL_USE_TLS = "EMAIL_USE_TLS";
    /** Whether to speak TLS from the start. */
    public static final String EMAIL_USE_SSL = "EMAIL_USE_SSL";
    /** Seconds to wait to connect and for each reply. */
    public static final String EMAIL_TIMEOUT = "EMAIL_TIMEOUT";
    /** The address the site's mail comes from. */
    public static final String DEFAULT_FROM_EMAIL = "DEFAULT_FROM_EMAIL";

    private Emails() {}

    /**
     * The backend {@value #EMAIL_BACKEND} names, configured from the other settings.
     *
     * @throws SettingsException for an unknown backend or a setting that cannot be used, naming it
     */
    public static EmailBackend create(Settings settings) {
        String backend = settings.get(EMAIL_BACKEND, "smtp").strip().toLowerCase(Locale.ROOT);
        return switch (backend) {
            case "smtp" -> smtp(settings);
            case "console" -> new ConsoleEmailBackend();
            case "memory" -> new InMemoryEmailBackend();
            default -> throw new SettingsException(EMAIL_BACKEND + " must be smtp, console or memory, not '" + backend
                    + "'");
        };
    }

    /** The sender of the site's mail: {@value #DEFAULT_FROM_EMAIL}, {@code webmaster@localhost} when unset. */
    public static String defaultFrom(Settings settings) {
        return settings.get(DEFAULT_FROM_EMAIL, "webmaster@localhost");
    }

    private static SmtpEmailBackend smtp(Settings settings) {
        long port = settings.integer(EMAIL_PORT, 25);
        long timeout = settings.integer(EMAIL_TIMEOUT, 30);
        if (port < 1 || port > 65_535) {
            throw new SettingsException(EMAIL_PORT + " must be from 1 to 65535, not " + port);
        }
        if (timeout < 1) {
            throw new SettingsException(EMAIL_TIMEOUT + " must be a positive number of seconds, not " + timeout);
        }
        boolean startTls = settings.bool(EMAIL_USE_TLS, false);
        boolean implicitTls = settings.bool(EMAIL_USE_SSL, false);
        if (startTls && implicitTls) {
            throw new SettingsException(EMAIL_USE_TLS + " and " + EMAIL_USE_SSL + " are mutually exclusive: set one "
                    + "(STARTTLS on port 587, or TLS from the start on port 465)");
        }
        return SmtpEmailBackend.builder().host(settings.get(EMAIL_HOST, "localhost")).port((int) port).credentials(
                settings.get(EMAIL_HOST_USER, ""), settings.get(EMAIL_HOST_PASSWORD, "")).startTls(startTls)
                .implicitTls(implicitTls).timeout(Duration.ofSeconds(timeout)).build();
    }
}
