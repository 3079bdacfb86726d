package dev.cairn.contrib.db;

import dev.cairn.db.Database;
import dev.cairn.db.DatabaseUrl;
import dev.cairn.db.Databases;
import dev.cairn.web.checks.Check;
import dev.cairn.web.checks.CheckMessage;
import dev.cairn.web.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The system checks of a site's databases, run when the site is built ({@code WebApp.Builder.check}) and by
 * {@code cairn check}:
 *
 * <ul>
 * <li>{@code db.E002}: a database URL in the settings does not parse; the message names the setting, never its
 * password.
 * <li>{@code db.E001}: the default database of those installed does not answer {@code SELECT 1}.
 * </ul>
 *
 * Install the databases first ({@link DatabaseSettings#install}): the check asks the installed ones, and with none
 * installed it would open the environment's.
 */
public final class DatabaseChecks {

    private DatabaseChecks() {}

    /** Both checks, the URLs first: with a bad URL, no database was opened from it to ask. */
    public static Check check() {
        return context -> {
            List<CheckMessage> messages = urls(context.settings());
            if (messages.isEmpty()) {
                messages.addAll(defaultAnswers());
            }
            return messages;
        };
    }

    /** {@code db.E002} for each database URL in the settings that does not parse. */
    static List<CheckMessage> urls(Settings settings) {
        List<CheckMessage> messages = new ArrayList<>();
        for (Map.Entry<String, String> entry : DatabaseSettings.urls(settings).entrySet()) {
            try {
                DatabaseUrl.parse(entry.getValue());
            } catch (IllegalArgumentException e) {
                String key = entry.getKey().equals(Databases.DEFAULT)
                        ? Settings.DATABASE_URL
                        : "DATABASES_" + entry.getKey().toUpperCase(java.util.Locale.ROOT) + "_URL";
                messages.add(CheckMessage.error("db.E002", "The URL of database '" + entry.getKey()
                        + "' does not parse: " + e.getMessage(),
                        "Write it as sqlite:///path, "
                                + "postgres://user:password@host:5432/name or mariadb://user:password@host/name.")
                        .concerning(key));
            }
        }
        return messages;
    }

    /** {@code db.E001} when the default database does not answer. */
    static List<CheckMessage> defaultAnswers() {
        Database database;
        try {
            database = Databases.installed().defaultDatabase();
            database.query("SELECT 1", List.of(), rows -> rows.getInt(1));
            return List.of();
        } catch (RuntimeException e) {
            String why = Settings.redact("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return List.of(CheckMessage.error("db.E001", "The default database does not answer (" + why + ").",
                    "Check DATABASE_URL, and that the database server is running and lets this user in.").concerning(
                            Settings.DATABASE_URL));
        }
    }
}
