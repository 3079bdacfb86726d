package dev.cairn.web.checks;

import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * <tr><td>{@code security.*}</td><td></td><td>the deployment checks, run only when asked ({@code cairn check
 * --deploy}); {@link DeployChecks} lists them.</td></tr>
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

    /** Start-up findings, by the id of the deployment finding that replaces each. */
    private static final Map<String, String> SUPERSEDED_BY = Map.of("settings.W002", "security.W018",
            "settings.W001", "security.W009");

    /** Most serious first, then by id. */
    private static final Comparator<CheckMessage> ORDER = Comparator
            .comparing(CheckMessage::level, Comparator.reverseOrder()).thenComparing(CheckMessage::id);

    private SystemChecks() {}

    /**
     * Runs the built-in checks and then the project's, and returns what they found, less the silenced ids, most
     * serious first and then by id.
     */
    public static List<CheckMessage> run(CheckContext context, List<? extends Check> projectChecks) {
        return report(context, projectChecks).messages();
    }

    /**
     * Runs the built-in checks and then {@code checks} (the project's, and with them {@link DeployChecks#checks()}
     * for a deployment check), and reports what they found and how many were silenced.
     *
     * <p>
     * A deployment finding replaces the start-up finding it makes more serious, so that a problem is listed once:
     * {@code security.W018} (DEBUG on, a warning) replaces {@code settings.W002} (the same, an info), and
     * {@code security.W009} (a weak or development key) replaces {@code settings.W001} (a short key).
     */
    public static CheckReport report(CheckContext context, List<? extends Check> checks) {
        Set<String> silencedIds = Set.copyOf(context.settings().list(SILENCED_SYSTEM_CHECKS));
        List<CheckMessage> found = new ArrayList<>();
        List<Check> all = new ArrayList<>(BUILT_IN);
        all.addAll(checks);
        for (Check check : all) {
            found.addAll(runOne(check, context));
        }
        Set<String> ids = found.stream().map(CheckMessage::id).collect(Collectors.toSet());
        found.removeIf(message -> ids.contains(SUPERSEDED_BY.get(message.id())));
        int before = found.size();
        found.removeIf(message -> silencedIds.contains(message.id()));
        found.sort(ORDER);
        return new CheckReport(found, before - found.size());
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
