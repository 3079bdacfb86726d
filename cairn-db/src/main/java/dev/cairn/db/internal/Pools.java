package dev.cairn.db.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.db.DatabaseUrl;
import dev.cairn.db.OperationalError;
import dev.cairn.db.dialect.Dialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens the HikariCP pool of a database. Connections are made by a small {@link DataSource} that lets the dialect
 * set up each new one ({@link Dialect#initialize}), since Hikari itself only knows one SQL statement for that.
 *
 * <p>
 * An in-memory SQLite database is one named shared-cache database ({@code file:cairn-<uuid>?mode=memory&cache=shared})
 * that every connection of the pool opens; SQLite drops it when its last connection closes, so a keeper connection
 * outside the pool holds it open until the database is closed.
 */
public final class Pools {

    private Pools() {}

    /** An open pool, and for an in-memory SQLite database the connection that keeps it alive. */
    public record Pool(HikariDataSource dataSource, Connection keeper) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
            if (keeper != null) {
                try {
                    keeper.close();
                } catch (SQLException ignored) {
                    // the database in memory is gone either way
                }
            }
        }
    }

    /**
     * Opens the pool and makes its first connection, so that a database that is down or misnamed stops start-up.
     *
     * @throws OperationalError when no connection can be made, with the URL (password redacted) and the reason
     */
    public static Pool open(String name, DatabaseUrl url, Dialect dialect) {
        String jdbcUrl = url.isMemory()
                ? "jdbc:sqlite:file:cairn-" + UUID.randomUUID() + "?mode=memory&cache=shared"
                : url.jdbcUrl();
        Properties properties = new Properties();
        if (url.user() != null) {
            properties.setProperty("user", url.user());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        Connection keeper = null;
        try {
            if (url.isMemory()) {
                keeper = DriverManager.getConnection(jdbcUrl, properties);
            }
            HikariConfig config = new HikariConfig();
            config.setPoolName("cairn-" + name);
            config.setDataSource(new Connector(jdbcUrl, properties, dialect));
            config.setMaximumPoolSize(url.poolSize());
            config.setConnectionTimeout(10_000);
            return new Pool(new HikariDataSource(config), keeper);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(keeper);
            throw new OperationalError("cannot connect to database '" + name + "' at " + url + ": " + reason(e)
                    + hint(url), null, null, e);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String hint(DatabaseUrl url) {
        return switch (url.vendor()) {
            case SQLITE -> "";
            case POSTGRESQL -> " (is PostgreSQL running? .ci/run starts it, or: pg_ctlcluster --skip-systemctl-redirect"
                    + " $(ls /etc/postgresql) main start)";
            case MARIADB -> " (is MariaDB running? .ci/run starts it, or: start-stop-daemon --start --oknodo"
                    + " --background --exec /usr/sbin/mariadbd)";
        };
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }

    /** Makes physical connections through the JDBC driver and lets the dialect set each up. */
    private record Connector(String jdbcUrl, Properties properties, Dialect dialect) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = DriverManager.getConnection(jdbcUrl, properties);
            try {
                dialect.initialize(connection);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("the user and password come from the database URL");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        /** Ignored: DriverManager's timeout is global, and Hikari's connection timeout bounds the wait. */
        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
