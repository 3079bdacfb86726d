package dev.cairn.db;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a database is, parsed from the twelve-factor {@code DATABASE_URL}:
 *
 * <pre>
 * sqlite:///db.sqlite3                 a file relative to the working directory (three slashes)
 * sqlite:////var/lib/site/db.sqlite3   an absolute path (four slashes)
 * sqlite:///:memory:                   a database in memory (also sqlite://:memory:)
 * postgres://user:pass@host:5432/name?sslmode=require    (postgresql:// too; port 5432, user postgres by default)
 * mariadb://user:pass@host:3306/name   (mysql:// too, both MariaDB; port 3306, user root by default)
 * </pre>
 *
 * User and password are percent-decoded ({@code p%40ss} is {@code p@ss}); the query's options go to the JDBC
 * driver as they are, except Cairn's own {@value #POOL_SIZE} ({@code ?pool_size=20}: the most connections the
 * pool holds; {@value #SQLITE_POOL_SIZE} for SQLite and {@value #SERVER_POOL_SIZE} for a server by default). A URL that does not parse is refused with a message that names the problem and never
 * contains the password; {@link #toString()} redacts it too.
 *
 * @param vendor   which database
 * @param host     the server's host; null for SQLite
 * @param port     the server's port; 0 for SQLite
 * @param user     the user; null for SQLite
 * @param password the password, or null for none
 * @param database the database's name, or for SQLite its file path or {@code :memory:}
 * @param options  the query's options, in order
 */
public record DatabaseUrl(Vendor vendor, String host, int port, String user, String password, String database,
        Map<String, String> options) {

    /** The databases Cairn speaks to, each with its dialect's name. */
    public enum Vendor {
        /** SQLite, embedded. */
        SQLITE,
        /** PostgreSQL. */
        POSTGRESQL,
        /** MariaDB (and MySQL URLs, served by MariaDB). */
        MARIADB
    }

    /** The option that sizes the connection pool, read by Cairn and not passed to the driver. */
    public static final String POOL_SIZE = "pool_size";
    /** Connections to an SQLite file by default: it writes one at a time, so more only wait on its lock. */
    public static final int SQLITE_POOL_SIZE = 4;
    /** Connections to a database server by default, as many peers use; raise it with {@value #POOL_SIZE}. */
    public static final int SERVER_POOL_SIZE = 10;
    private static final int MAX_POOL_SIZE = 1_000;

    /** The path of an SQLite database that lives in memory. */
    public static final String MEMORY = ":memory:";

    /** Copies the options, keeping their order. */
    public DatabaseUrl {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * Parses a database URL.
     *
     * @throws IllegalArgumentException naming what is wrong (unknown scheme, no database name, bad port, ...)
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw bad("it is empty");
        }
        int sep = url.indexOf("://");
        if (sep < 0) {
            throw bad("it has no scheme; it starts with sqlite://, postgres://, postgresql://, mariadb:// or mysql://");
        }
        String scheme = url.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
        String rest = url.substring(sep + 3);
        Map<String, String> options = new LinkedHashMap<>();
        int question = rest.indexOf('?');
        if (question >= 0) {
            options = options(rest.substring(question + 1));
            rest = rest.substring(0, question);
        }
        return switch (scheme) {
            case "sqlite" -> sqlite(rest, options);
            case "postgres", "postgresql" -> server(Vendor.POSTGRESQL, rest, options, 5432, "postgres");
            case "mariadb", "mysql" -> server(Vendor.MARIADB, rest, options, 3306, "root");
            default -> throw bad("unknown scheme '" + printable(scheme)
                    + "'; use sqlite://, postgres://, postgresql://, mariadb:// or mysql://");
        };
    }

    /** An in-memory SQLite database. */
    public static DatabaseUrl memory() {
        return new DatabaseUrl(Vendor.SQLITE, null, 0, null, null, MEMORY, Map.of());
    }

    /** Whether this is an SQLite database in memory. */
    public boolean isMemory() {
        return vendor == Vendor.SQLITE && MEMORY.equals(database);
    }

    /** The same server and credentials with another database name (for a throwaway test database, say). */
    public DatabaseUrl withDatabase(String name) {
        return new DatabaseUrl(vendor, host, port, user, password, name, options);
    }

    /**
     * The JDBC URL without user or password, which the pool passes apart: {@code jdbc:sqlite:db.sqlite3},
     * {@code jdbc:postgresql://host:5432/name?sslmode=require}, {@code jdbc:mariadb://host:3306/name}. An
     * in-memory SQLite database has no single JDBC URL: each {@link Database} makes its own shared one.
     */
    public String jdbcUrl() {
        return switch (vendor) {
            case SQLITE -> "jdbc:sqlite:" + database;
            case POSTGRESQL -> "jdbc:postgresql://" + hostPort() + "/" + encode(database) + query(false);
            case MARIADB -> "jdbc:mariadb://" + hostPort() + "/" + encode(database) + query(false);
        };
    }

    /** The most connections the pool holds: the {@value #POOL_SIZE} option, or the vendor's default. */
    public int poolSize() {
        String size = options.get(POOL_SIZE);
        if (size != null) {
            return Integer.parseInt(size);
        }
        return vendor == Vendor.SQLITE ? SQLITE_POOL_SIZE : SERVER_POOL_SIZE;
    }

    /** The URL with the password replaced by {@code ***}, fit for logs and error pages. */
    @Override
    public String toString() {
        if (vendor == Vendor.SQLITE) {
            return "sqlite:///" + database + query(true);
        }
        String scheme = vendor == Vendor.POSTGRESQL ? "postgres" : "mariadb";
        String secret = password == null ? "" : ":***";
        return scheme + "://" + encode(user) + secret + "@" + hostPort() + "/" + encode(database) + query(true);
    }

    private String hostPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The options as a URL's query, with or without those Cairn reads itself. */
    private String query(boolean withCairns) {
        if (options.isEmpty()) {
            return "";
        }
        String query = options.entrySet().stream()
                .filter(e -> withCairns || !e.getKey().equals(POOL_SIZE))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static DatabaseUrl sqlite(String rest, Map<String, String> options) {
        if (rest.equals(MEMORY) || rest.equals("/" + MEMORY)) {
            return new DatabaseUrl(Vendor.SQLITE, null, 0, null, null, MEMORY, options);
        }
        if (!rest.startsWith("/") || rest.length() < 2) {
            throw bad("an SQLite URL needs a path after three slashes (sqlite:///db.sqlite3, sqlite:////abs/path.db)"
                    + " or :memory:");
        }
        String path = rest.substring(1);
        if (path.endsWith("/")) {
            throw bad("an SQLite URL names a file, not a folder");
        }
        return new DatabaseUrl(Vendor.SQLITE, null, 0, null, null, decode(path, "path"), options);
    }

    private static DatabaseUrl server(Vendor vendor, String rest, Map<String, String> options, int defaultPort,
            String defaultUser) {
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String name = slash < 0 ? "" : decode(rest.substring(slash + 1), "database name");
        if (name.isEmpty()) {
            throw bad("no database name; put it after the host (" + vendor.name().toLowerCase(java.util.Locale.ROOT)
                    + "://host/name)");
        }
        if (name.contains("/")) {
            throw bad("the database name has a '/' in it");
        }
        String user = defaultUser;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            String rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
            if (!rawUser.isEmpty()) {
                user = decode(rawUser, "user");
            }
            if (colon >= 0) {
                password = decode(userInfo.substring(colon + 1), "password");
            }
        }
        String host = authority;
        int port = defaultPort;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw bad("an IPv6 host opened with '[' is not closed with ']'");
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad("unexpected text after the IPv6 host");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                portText = authority.substring(colon + 1);
            }
        }
        if (host.isEmpty()) {
            throw bad("no host; put one before the database name (host/name)");
        }
        if (portText != null) {
            port = port(portText);
        }
        return new DatabaseUrl(vendor, host, port, user, password, name, options);
    }

    private static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad("the port is not a number from 1 to 65535");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw bad("the port is not a number from 1 to 65535");
        }
        return port;
    }

    private static Map<String, String> options(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq), "option");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "option");
            if (key.isEmpty()) {
                throw bad("an option has no name");
            }
            if (key.equals(POOL_SIZE)) {
                checkPoolSize(value);
            }
            options.put(key, value);
        }
        return options;
    }

    private static void checkPoolSize(String value) {
        int size;
        try {
            size = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            size = 0;
        }
        if (size < 1 || size > MAX_POOL_SIZE) {
            throw bad(POOL_SIZE + " must be a whole number from 1 to " + MAX_POOL_SIZE + ", not '" + value + "'");
        }
    }

    /** Percent-decodes as UTF-8; '+' stays '+', since this is not a form. */
    private static String decode(String text, String what) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (lo < 0) {
                    throw bad("the " + what + " has a '%' that is not followed by two hex digits");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int next = text.indexOf('%', i);
                int end = next < 0 ? text.length() : next;
                byte[] plain = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A scheme as safe to show: letters, digits and a few signs, at most 20 of them. */
    private static String printable(String scheme) {
        String kept = scheme.replaceAll("[^a-z0-9+.-]", "?");
        return kept.length() > 20 ? kept.substring(0, 20) + "..." : kept;
    }

    private static IllegalArgumentException bad(String problem) {
        return new IllegalArgumentException("bad database URL: " + problem);
    }
}
