package dev.cairn.db;

import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.dialect.MariaDbDialect;
import dev.cairn.db.dialect.PostgresDialect;
import dev.cairn.db.dialect.SqliteDialect;
import dev.cairn.db.internal.Binder;
import dev.cairn.db.internal.Journal;
import dev.cairn.db.internal.Pools;
import dev.cairn.db.internal.ResultStream;
import dev.cairn.db.internal.Transactions;
import dev.cairn.journey.Journey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One database: a HikariCP pool of connections, its {@link Dialect}, the statements run on it and the atomic
 * blocks that group them. Thread-safe; blocks belong to the thread that opens them.
 *
 * <p>
 * Every statement is a {@code PreparedStatement} whose parameters are bound in order ({@link Param} says how a
 * value is stored); outside an atomic block it runs in autocommit on a connection borrowed for it alone, inside
 * one on the block's connection. Every {@link SQLException} becomes the {@link DatabaseException} the dialect says
 * it means, carrying the SQL. Every statement and transaction step is recorded on layer {@code db} of the current
 * journey.
 */
public final class Database implements AutoCloseable {

    /** How many rows a stream asks the database for at a time. */
    static final int FETCH_SIZE = 500;

    private final String name;
    private final DatabaseUrl url;
    private final Dialect dialect;
    private final Pools.Pool pool;
    private final Transactions transactions;

    private Database(String name, DatabaseUrl url, Dialect dialect, Pools.Pool pool) {
        this.name = name;
        this.url = url;
        this.dialect = dialect;
        this.pool = pool;
        this.transactions = new Transactions(name, pool.dataSource(), dialect);
    }

    /**
     * Opens the database at {@code url} under {@code name} ({@code default}, say), making its first connection.
     *
     * @throws IllegalArgumentException if the URL does not parse
     * @throws OperationalError         if the database cannot be reached
     */
    public static Database open(String name, String url) {
        return open(name, DatabaseUrl.parse(url));
    }

    /**
     * Opens the database at {@code url} under {@code name}, making its first connection.
     *
     * @throws OperationalError if the database cannot be reached
     */
    public static Database open(String name, DatabaseUrl url) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Dialect dialect = switch (url.vendor()) {
            case SQLITE -> new SqliteDialect();
            case POSTGRESQL -> new PostgresDialect();
            case MARIADB -> new MariaDbDialect();
        };
        Pools.Pool pool = Pools.open(name, url, dialect);
        if (dialect instanceof MariaDbDialect) {
            dialect = serverDialect(pool, name);
        }
        return new Database(name, url, dialect, pool);
    }

    /** The MariaDB dialect for the server's version, which says whether it has a native UUID type. */
    private static Dialect serverDialect(Pools.Pool pool, String name) {
        try (Connection connection = pool.dataSource().getConnection()) {
            return MariaDbDialect.forVersion(connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.close();
            throw new OperationalError("cannot read the version of database '" + name + "'", null, null, e);
        }
    }

    /** The name it was opened under. */
    public String name() {
        return name;
    }

    /** Where it is. */
    public DatabaseUrl url() {
        return url;
    }

    /** How its SQL differs. */
    public Dialect dialect() {
        return dialect;
    }

    /** Runs a query and maps every row, in order. */
    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return run("query", sql, params, statement -> {
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return new Outcome<>(result, result.size());
        });
    }

    /**
     * Runs a query and streams its rows, {@value #FETCH_SIZE} at a time from the database, mapped as they are
     * read. The statement and its connection are held until the rows run out or the stream is closed: close it
     * (try-with-resources) when it may not be read to the end. On PostgreSQL, whose cursors need a transaction,
     * a stream outside an atomic block runs in a transaction of its own.
     */
    public <T> Stream<T> stream(String sql, List<?> params, RowMapper<T> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Journey journey = Journal.journey();
        String caller = journey == null ? null : Journal.caller();
        Connection connection = current();
        boolean own = connection == null;
        // A connection held by connected(), outside any block, is in autocommit: PostgreSQL's cursor needs a
        // transaction, which the stream then opens on it and ends when done, as on a connection of its own.
        boolean ownTransaction = own || !transactions.active();
        PreparedStatement statement = null;
        long start = System.nanoTime();
        try {
            if (own) {
                connection = pool.dataSource().getConnection();
            }
            if (ownTransaction && dialect.streamsInTransaction()) {
                connection.setAutoCommit(false);
            }
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            Binder.bind(statement, dialect, params);
            ResultSet rows = statement.executeQuery();
            long nanos = System.nanoTime() - start;
            Connection held = connection;
            PreparedStatement open = statement;
            return ResultStream.of(rows, mapper, e -> dialect.translate(e, sql, copy(params)), count -> {
                release(open, ownTransaction ? held : null, own);
                if (journey != null) {
                    Journal.statement(journey, "query", name, sql, params, nanos, count, caller);
                }
            });
        } catch (SQLException | RuntimeException e) {
            release(statement, ownTransaction ? connection : null, own);
            throw e instanceof SQLException sqlError
                    ? dialect.translate(sqlError, sql, copy(params))
                    : (RuntimeException) e;
        }
    }

    /**
     * Closes a stream's statement, ends the transaction the stream opened on {@code borrowed} (if any), and gives
     * the connection back to the pool when the stream borrowed it.
     */
    private void release(PreparedStatement statement, Connection borrowed, boolean giveBack) {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException ignored) {
            // the connection is given back below either way
        }
        if (borrowed == null) {
            return;
        }
        try {
            if (!borrowed.getAutoCommit()) {
                borrowed.commit();
                borrowed.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the pool tests and retires a broken connection
        }
        if (giveBack) {
            try {
                borrowed.close();
            } catch (SQLException ignored) {
                // the pool retires a connection it cannot take back
            }
        }
    }

    /** Runs an INSERT, UPDATE, DELETE or DDL statement; returns how many rows it changed. */
    public int execute(String sql, List<?> params) {
        return run("query", sql, params, statement -> {
            int changed = statement.executeUpdate();
            return new Outcome<>(changed, changed);
        });
    }

    /** Runs one statement once for each row of parameters, in one batch; returns the counts per row. */
    public int[] executeBatch(String sql, List<? extends List<?>> rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.isEmpty()) {
            return new int[0];
        }
        return run("batch", sql, rows.getFirst(), statement -> {
            for (List<?> row : rows) {
                Binder.bind(statement, dialect, row);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            long total = 0;
            for (int count : counts) {
                total += Math.max(count, 0);
            }
            return new Outcome<>(counts, total);
        }, false);
    }

    /**
     * Runs an INSERT and returns the value of {@code keyColumn} for each row it inserted, in order: through
     * {@code RETURNING} where the dialect has it, else through JDBC's generated keys. Integers come back as Long.
     */
    public List<Object> insertReturningKeys(String sql, List<?> params, String keyColumn) {
        Objects.requireNonNull(keyColumn, "keyColumn");
        if (dialect.insertReturning()) {
            return query(sql + " RETURNING " + dialect.quote(keyColumn), params, rows -> key(rows.getObject(1)));
        }
        return run("query", sql, params, statement -> {
            statement.executeUpdate();
            List<Object> keys = new ArrayList<>();
            try (ResultSet rows = statement.getGeneratedKeys()) {
                while (rows.next()) {
                    keys.add(key(rows.getObject(1)));
                }
            }
            return new Outcome<>(keys, keys.size());
        }, true, keyColumn);
    }

    private static Object key(Object value) {
        return value instanceof Integer || value instanceof Short || value instanceof Byte
                ? ((Number) value).longValue()
                : value;
    }

    /** Runs {@code work} atomically and returns what it returns; see {@link #atomic(AtomicBlock)}. */
    public <T, X extends Exception> T atomic(AtomicWork<T, X> work) throws X {
        return transactions.atomic(work);
    }

    /**
     * Runs {@code block} atomically: in a transaction, or in a savepoint when this thread is already in a block.
     * It commits (or releases its savepoint) when the block returns, and rolls back when the block throws, the
     * exception going on to the caller (so an outer block that catches it goes on), or when {@link #setRollback}
     * marked it.
     */
    public <X extends Exception> void atomic(AtomicBlock<X> block) throws X {
        Objects.requireNonNull(block, "block");
        transactions.atomic(() -> {
            block.run();
            return null;
        });
    }

    /**
     * Runs {@code callback} once the outermost block on this thread commits; never if it rolls back, or if the
     * savepoint it was registered in does. Outside any block it runs at once.
     */
    public void onCommit(Runnable callback) {
        transactions.onCommit(callback);
    }

    /**
     * Runs {@code work} with one connection held for every statement it runs outside an atomic block, in
     * autocommit, as Django keeps a connection for a request: a page of twenty queries borrows from the pool
     * once, not twenty times. Nested calls share the outer one's connection.
     */
    public <T, X extends Exception> T connected(AtomicWork<T, X> work) throws X {
        if (transactions.held() != null || transactions.active()) {
            return work.run();
        }
        Connection connection;
        try {
            connection = pool.dataSource().getConnection();
        } catch (SQLException e) {
            throw dialect.translate(e, null, List.of());
        }
        transactions.hold(connection);
        try {
            return work.run();
        } finally {
            transactions.release();
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool retires a connection it cannot take back
            }
        }
    }

    /** The connection a statement runs on: the atomic block's, else one held by {@link #connected}, else null. */
    private Connection current() {
        Connection connection = transactions.connection();
        return connection != null ? connection : transactions.held();
    }

    /** Whether this thread is inside an atomic block of this database. */
    public boolean inAtomicBlock() {
        return transactions.active();
    }

    /**
     * Marks the innermost block on this thread to roll back when it ends, without an exception ({@code false}
     * unmarks it).
     *
     * @throws IllegalStateException outside any block
     */
    public void setRollback(boolean rollback) {
        transactions.setRollback(rollback);
    }

    /** Whether the innermost block on this thread is marked to roll back. */
    public boolean rollbackMarked() {
        return transactions.rollbackMarked();
    }

    /** Closes the pool; statements after this fail. */
    @Override
    public void close() {
        pool.close();
    }

    /** The database's name and URL, the password redacted. */
    @Override
    public String toString() {
        return "Database[" + name + ", " + url + "]";
    }

    /** The most connections the pool holds. */
    int maxConnections() {
        return pool.dataSource().getMaximumPoolSize();
    }

    /** Connections lent out now; for tests that check that nothing leaks. */
    int activeConnections() {
        var bean = pool.dataSource().getHikariPoolMXBean();
        return bean == null ? 0 : bean.getActiveConnections();
    }

    /** What a statement gave back, and how many rows it returned or changed. */
    private record Outcome<R>(R value, long rows) {}

    /** What is done with a prepared, bound statement. */
    @FunctionalInterface
    private interface Work<R> {
        Outcome<R> run(PreparedStatement statement) throws SQLException;
    }

    private <R> R run(String event, String sql, List<?> params, Work<R> work) {
        return run(event, sql, params, work, true);
    }

    private <R> R run(String event, String sql, List<?> params, Work<R> work, boolean bind) {
        return run(event, sql, params, work, bind, null);
    }

    /** Prepares and binds the statement, runs the work, records it, and translates any error. */
    private <R> R run(String event, String sql, List<?> params, Work<R> work, boolean bind, String keyColumn) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(params, "params");
        Connection connection = current();
        boolean own = connection == null;
        long start = System.nanoTime();
        try {
            if (own) {
                connection = pool.dataSource().getConnection();
            }
            Outcome<R> outcome;
            try (PreparedStatement statement = keyColumn == null
                    ? connection.prepareStatement(sql)
                    : connection.prepareStatement(sql, new String[]{keyColumn})) {
                if (bind) {
                    Binder.bind(statement, dialect, params);
                }
                outcome = work.run(statement);
            }
            Journey journey = Journal.journey();
            if (journey != null) {
                Journal.statement(journey, event, name, sql, params, System.nanoTime() - start, outcome.rows(),
                        Journal.caller());
            }
            return outcome.value();
        } catch (SQLException e) {
            throw dialect.translate(e, sql, copy(params));
        } finally {
            if (own && connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the pool retires a connection it cannot take back
                }
            }
        }
    }

    private static List<Object> copy(List<?> params) {
        return new ArrayList<>(params);
    }
}
