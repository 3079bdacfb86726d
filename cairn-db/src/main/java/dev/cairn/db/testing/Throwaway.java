package dev.cairn.db.testing;

import dev.cairn.db.Database;
import dev.cairn.db.DatabaseUrl;
import java.util.List;
import java.util.UUID;

/**
 * A database made on a PostgreSQL or MariaDB server for tests and dropped after them: {@code <prefix><random>},
 * in utf8mb4 on MariaDB so that it holds any text. What {@link TestDatabase} and {@link TestDatabases} share.
 *
 * @param database the new database, open
 * @param drop     drops it from the server (forcing out PostgreSQL connections left open); run after closing it
 */
record Throwaway(Database database, Runnable drop) {

    /**
     * Creates the database on the server {@code server} reaches (whose own database is used only to create and
     * drop the new one) and opens it under {@code name}.
     *
     * @throws dev.cairn.db.OperationalError if the server cannot be reached or refuses to create a database; a
     *                                       database made before the failure is dropped
     */
    static Throwaway create(String name, DatabaseUrl server, String prefix) {
        String database = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String options = server.vendor() == DatabaseUrl.Vendor.MARIADB
                ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
                : "";
        try (Database admin = Database.open(name + "-admin", server)) {
            admin.execute("CREATE DATABASE " + database + options, List.of());
        }
        Runnable drop = () -> {
            try (Database admin = Database.open(name + "-admin", server)) {
                String force = server.vendor() == DatabaseUrl.Vendor.POSTGRESQL ? " WITH (FORCE)" : "";
                admin.execute("DROP DATABASE IF EXISTS " + database + force, List.of());
            }
        };
        try {
            return new Throwaway(Database.open(name, server.withDatabase(database)), drop);
        } catch (RuntimeException e) {
            drop.run();
            throw e;
        }
    }
}
