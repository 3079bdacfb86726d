package dev.cairn.contrib.db;

import dev.cairn.db.Databases;
import dev.cairn.web.settings.Settings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application's databases as its settings name them (DESIGN.md's twelve factors): {@code DATABASE_URL} for
 * {@code default} (SQLite in {@code db.sqlite3} when absent), and {@code DATABASES_<NAME>_URL} for each other one,
 * set in the settings file or in the environment as {@code CAIRN_DATABASES_<NAME>_URL}.
 *
 * <pre>{@code
 * Settings settings = Settings.load(Map.of());
 * DatabaseSettings.install(settings);                     // before the site is built
 * WebApp app = WebApp.builder().settings(settings)
 *         .check(DatabaseChecks.check())                  // db.E001, db.E002
 *         .middleware(AtomicRequests.fromSettings(settings))
 *         ...
 * }</pre>
 */
public final class DatabaseSettings {

    /**
     * Wraps each request in a transaction: {@code true} on every database, a comma-separated list of database names
     * on those, {@code false} (the default) on none. See {@link AtomicRequests}.
     */
    public static final String ATOMIC_REQUESTS = "ATOMIC_REQUESTS";

    private DatabaseSettings() {}

    /** The name → URL of each database the settings name, {@code default} first. */
    public static Map<String, String> urls(Settings settings) {
        Map<String, String> named = new LinkedHashMap<>();
        settings.all().forEach((key, value) -> {
            if (key.equals(Settings.DATABASE_URL) || key.startsWith("DATABASES_") && key.endsWith("_URL")) {
                named.put(key, value.value());
            }
        });
        return Databases.urlsFromEnvironment(named);
    }

    /**
     * Opens every database the settings name and makes them the application's ({@link Databases#install}), so that
     * models and managers use them; returns them, to be closed when the site stops.
     *
     * @throws IllegalArgumentException when a URL does not parse, naming the database (never its password)
     * @throws dev.cairn.db.OperationalError when a database cannot be reached
     */
    public static Databases install(Settings settings) {
        Databases databases = Databases.open(urls(settings));
        Databases.install(databases);
        return databases;
    }
}
