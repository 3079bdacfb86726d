package dev.cairn.web.checks;

import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs the system checks: Cairn's built-in ones and the project's, when a site is built ({@code WebApp.build()}
 * refuses a site with an error) and on demand ({@code WebApp.check()}), as Django's {@code manage.py check}.
 *
 * <p>
 * The built-in checks, whose ids are stable:
 * <table>
 * <caption>Built-in system checks</caption>
 * <tr><th>Id</th><th>Level</th><th>Fires when</th></tr>
 * <tr><td>{@code settings.E001}</td><td>ERROR</td><td>{@code SECRET_KEY} is not set while {@code DEBUG} is off:
 * production refuses to start. (With {@code DEBUG} on, the site signs with a random per-process key.)</td></tr>
 * <tr><td>{@code settings.W001}</td><td>WARNING</td><td>{@code SECRET_KEY} has fewer than 50 characters or fewer
 * than 5 distinct characters.</td></tr>
 * <tr><td>{@code settings.E002}</td><td>ERROR</td><td>a boolean ({@code DEBUG}, {@code USE_X_FORWARDED_HOST},
 * {@code APPEND_SLASH}) or integer ({@code DATA_UPLOAD_MAX_MEMORY_SIZE}, {@code PORT}) setting does not parse; one
 * message per setting. An unreadable {@code DEBUG} counts as off for the other checks.</td></tr>
 * <tr><td>{@code settings.W002}</td><td>INFO</td><td>{@code DEBUG} is on. It is an INFO here; a deployment check
 * would raise it to a WARNING, hence the W.</td></tr>
 * <tr><td>{@code hosts.E001}</td><td>ERROR</td><td>{@code ALLOWED_HOSTS} is empty while {@code DEBUG} is
 * off.</td></tr>
 * <tr><td>{@code staticfiles.E001}</td><td>ERROR</td><td>{@code STATIC_URL} does not start and end with
 * {@code /} (a full {@code http(s)://} URL ending with {@code /} is accepted too).</td></tr>
 * <tr><td>{@code urls.W001}</td><td>WARNING</td><td>the site has no routes at all.</td></tr>
 * <tr><td>{@code checks.C001}</td><td>CRITICAL</td><td>a check threw instead of reporting; the message names
 * it.</td></tr>
 * </table>
 *
 * <p>
 * A project silences a check by listing its id in the {@code SILENCED_SYSTEM_CHECKS} setting (comma-separated),
 * whatever its level, as in Django. Malformed routes are not system checks: the resolver refuses them while the
 * site is built, with their own ids ({@code routing.E001}, ...).
 */
public final class SystemChecks {

    /** The setting listing the ids of checks to ignore, comma-separated. */
    public static final String SILENCED_SYSTEM_CHECKS = "SILENCED_SYSTEM_CHECKS";

    private static final Logger LOG = System.getLogger("cairn.checks");

    private static final List<Check> BUILT_IN = List.of(SettingsChecks::secretKey, SettingsChecks::values,
            SettingsChecks::debugOn, SiteChecks::allowedHosts, SiteChecks::staticUrl, SiteChecks::routes);

    /** Most serious first, then by id. */
    private static final Comparator<CheckMessage> ORDER = Comparator
            .comparing(CheckMessage::level, Comparator.reverseOrder()).thenComparing(CheckMessage::id);

    private SystemChecks() {}

    /**
     * Runs the built-in checks and then the project's, and returns what they found, less the silenced ids, most
     * serious first and then by id.
     */
    public static List<CheckMessage> run(CheckContext context, List<? extends Check> projectChecks) {
        Set<String> silenced = Set.copyOf(context.settings().list(SILENCED_SYSTEM_CHECKS));
        List<CheckMessage> found = new ArrayList<>();
        List<Check> all = new ArrayList<>(BUILT_IN);
        all.addAll(projectChecks);
        for (Check check : all) {
            for (CheckMessage message : runOne(check, context)) {
                if (!silenced.contains(message.id())) {
                    found.add(message);
                }
            }
        }
        found.sort(ORDER);
        return List.copyOf(found);
    }

    /**
     * Stops a site that has serious findings, and logs the others on {@code cairn.checks}.
     *
     * @throws SystemCheckError listing every ERROR and CRITICAL message, when there is one
     */
    public static void enforce(List<CheckMessage> messages) {
        enforce(messages, LOG);
    }

    static void enforce(List<CheckMessage> messages, Logger log) {
        List<CheckMessage> serious = messages.stream().filter(CheckMessage::isSerious).toList();
        if (!serious.isEmpty()) {
            throw new SystemCheckError(serious);
        }
        for (CheckMessage message : messages) {
            log.log(switch (message.level()) {
                case DEBUG -> Logger.Level.DEBUG;
                case INFO -> Logger.Level.INFO;
                default -> Logger.Level.WARNING;
            }, message.toString());
        }
    }

    private static List<CheckMessage> runOne(Check check, CheckContext context) {
        try {
            List<CheckMessage> messages = check.run(context);
            return messages == null ? List.of() : messages;
        } catch (RuntimeException e) {
            return List.of(new CheckMessage(CheckMessage.Level.CRITICAL, "checks.C001", "The check "
                    + check.getClass().getName() + " threw " + e + " instead of reporting.",
                    "Fix the check so that it returns its findings as CheckMessages.", null));
        }
    }
}
