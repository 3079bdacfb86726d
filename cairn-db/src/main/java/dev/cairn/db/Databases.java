package dev.cairn.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The named databases of an application, {@code default} first. Built from settings or in code:
 *
 * <pre>{@code
 * Databases databases = Databases.fromEnvironment(System.getenv());   // DATABASE_URL, DATABASES_<NAME>_URL
 * Databases databases = Databases.open(Map.of("default", "postgres://app@db/site",
 *                                             "reports", "sqlite:///reports.db"));
 * }</pre>
 *
 * Every database is opened (its pool started, a first connection made) when the registry is built, so that a
 * misconfigured one stops start-up with a message that says which.
 */
public final class Databases implements AutoCloseable {

    /** The name of the database the ORM uses unless told otherwise. */
    public static final String DEFAULT = "default";
    /** The URL of the default database when {@code DATABASE_URL} is not set: a file in the working directory. */
    public static final String DEFAULT_URL = "sqlite:///db.sqlite3";

    private final Map<String, Database> databases;

    private Databases(Map<String, Database> databases) {
        this.databases = Collections.unmodifiableMap(databases);
    }

    /**
     * Opens a database for each name → URL; {@code default} must be among them.
     *
     * @throws IllegalArgumentException if {@code default} is missing or a URL does not parse (naming which)
     * @throws OperationalError         if a database cannot be reached; those opened before it are closed
     */
    public static Databases open(Map<String, String> urls) {
        Map<String, DatabaseUrl> parsed = new LinkedHashMap<>();
        for (String name : ordered(urls.keySet())) {
            try {
                parsed.put(name, DatabaseUrl.parse(urls.get(name)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("database '" + name + "': " + e.getMessage(), e);
            }
        }
        return openParsed(parsed);
    }

    /**
     * Opens the databases the environment names: {@code DATABASE_URL} for {@code default} ({@value #DEFAULT_URL}
     * when absent), and {@code DATABASES_<NAME>_URL} for each other one, named in lower case
     * ({@code DATABASES_REPORTS_URL} → {@code reports}).
     */
    public static Databases fromEnvironment(Map<String, String> environment) {
        return open(urlsFromEnvironment(environment));
    }

    /** The name → URL map {@link #fromEnvironment} opens, {@code default} first. */
    public static Map<String, String> urlsFromEnvironment(Map<String, String> environment) {
        Map<String, String> urls = new LinkedHashMap<>();
        String main = environment.get("DATABASE_URL");
        urls.put(DEFAULT, main == null || main.isBlank() ? DEFAULT_URL : main);
        environment.keySet().stream().sorted().forEach(key -> {
            if (key.startsWith("DATABASES_") && key.endsWith("_URL") && key.length() > "DATABASES__URL".length()) {
                String name = key.substring("DATABASES_".length(), key.length() - "_URL".length())
                        .toLowerCase(Locale.ROOT);
                if (!name.equals(DEFAULT)) {
                    urls.put(name, environment.get(key));
                }
            }
        });
        return urls;
    }

    /** A registry of databases already open, {@code default} among them. */
    public static Databases of(List<Database> databases) {
        Map<String, Database> byName = new LinkedHashMap<>();
        databases.stream().filter(d -> d.name().equals(DEFAULT)).forEach(d -> byName.put(d.name(), d));
        for (Database database : databases) {
            if (byName.putIfAbsent(database.name(), database) != null && !database.name().equals(DEFAULT)) {
                throw new IllegalArgumentException("two databases are named '" + database.name() + "'");
            }
        }
        if (!byName.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("no database is named '" + DEFAULT + "'; name one so");
        }
        return new Databases(byName);
    }

    private static Databases openParsed(Map<String, DatabaseUrl> urls) {
        if (!urls.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("no database is named '" + DEFAULT + "'; set DATABASE_URL or name "
                    + "one 'default'");
        }
        List<Database> opened = new ArrayList<>();
        try {
            for (Map.Entry<String, DatabaseUrl> entry : urls.entrySet()) {
                opened.add(Database.open(entry.getKey(), entry.getValue()));
            }
        } catch (RuntimeException e) {
            opened.forEach(Database::close);
            throw e;
        }
        return of(opened);
    }

    /** The names, {@code default} first, then as given. */
    private static List<String> ordered(Set<String> names) {
        List<String> ordered = new ArrayList<>();
        if (names.contains(DEFAULT)) {
            ordered.add(DEFAULT);
        }
        names.stream().filter(n -> !n.equals(DEFAULT)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static volatile Databases installed;

    /**
     * Makes {@code databases} the application's: the ones models and managers use when no database is named.
     * Returns the one installed before, or null, so that a test can put it back.
     */
    public static Databases install(Databases databases) {
        Databases before = installed;
        installed = databases;
        return before;
    }

    /**
     * The application's databases: those {@link #install}ed, else those the environment names
     * ({@code DATABASE_URL}, or SQLite in {@code db.sqlite3}), opened on first use.
     */
    public static Databases installed() {
        Databases current = installed;
        if (current == null) {
            synchronized (Databases.class) {
                if (installed == null) {
                    installed = fromEnvironment(System.getenv());
                }
                current = installed;
            }
        }
        return current;
    }

    /**
     * The database of this name.
     *
     * @throws IllegalArgumentException naming the databases there are
     */
    public Database get(String name) {
        Database database = databases.get(Objects.requireNonNull(name, "name"));
        if (database == null) {
            throw new IllegalArgumentException("no database is named '" + name + "'; there are: "
                    + String.join(", ", databases.keySet()));
        }
        return database;
    }

    /** The {@code default} database. */
    public Database defaultDatabase() {
        return databases.get(DEFAULT);
    }

    /** The names, {@code default} first. */
    public Set<String> names() {
        return databases.keySet();
    }

    /** Closes every database's pool. */
    public void closeAll() {
        databases.values().forEach(Database::close);
    }

    /** Same as {@link #closeAll()}. */
    @Override
    public void close() {
        closeAll();
    }
}
