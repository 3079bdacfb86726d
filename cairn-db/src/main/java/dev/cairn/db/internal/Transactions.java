package dev.cairn.db.internal;

import dev.cairn.db.AtomicWork;
import dev.cairn.db.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The atomic blocks of one database, bound to the thread that opened them.
 *
 * <p>
 * Lifecycle of a block:
 * <ol>
 * <li>The outermost block takes a connection from the pool and turns autocommit off; an inner block sets a
 * savepoint on the same connection.
 * <li>The work runs; every statement of the database on this thread uses the block's connection.
 * <li>If the work threw, or {@link #setRollback} marked the block, the block rolls back (to its savepoint, for an
 * inner one) and its on-commit callbacks are dropped; the exception goes on to the caller, so an outer block that
 * catches it carries on.
 * <li>Else an inner block releases its savepoint and hands its callbacks to the block around it; the outermost
 * block commits, gives its connection back, then runs the callbacks in the order they were registered.
 * </ol>
 */
public final class Transactions {

    private final String database;
    private final DataSource pool;
    private final Dialect dialect;
    private final ThreadLocal<Block> current = new ThreadLocal<>();
    private final ThreadLocal<Connection> held = new ThreadLocal<>();

    /** One open block; {@code savepoint} is null for the outermost. */
    private static final class Block {
        final Connection connection;
        final Block parent;
        final Savepoint savepoint;
        final int depth;
        final List<Runnable> onCommit = new ArrayList<>();
        boolean rollback;
        int savepoints;

        Block(Connection connection, Block parent, Savepoint savepoint) {
            this.connection = connection;
            this.parent = parent;
            this.savepoint = savepoint;
            this.depth = parent == null ? 1 : parent.depth + 1;
        }

        Block outermost() {
            return parent == null ? this : parent.outermost();
        }
    }

    /** The transactions of {@code database}, whose connections come from {@code pool}. */
    public Transactions(String database, DataSource pool, Dialect dialect) {
        this.database = database;
        this.pool = pool;
        this.dialect = dialect;
    }

    /** The connection of this thread's open block, or null outside any. */
    public Connection connection() {
        Block block = current.get();
        return block == null ? null : block.connection;
    }

    /** Whether this thread is inside a block. */
    public boolean active() {
        return current.get() != null;
    }

    /** Runs {@code work} in a block: a transaction, or a savepoint inside one. */
    public <T, X extends Exception> T atomic(AtomicWork<T, X> work) throws X {
        Objects.requireNonNull(work, "work");
        Block parent = current.get();
        Block block = parent == null ? begin() : savepoint(parent);
        current.set(block);
        T result;
        try {
            result = work.run();
        } catch (Throwable failure) {
            current.set(parent);
            rollback(block, failure);
            throw failure;
        }
        current.set(parent);
        if (block.rollback) {
            rollback(block, null);
        } else {
            commit(block);
        }
        return result;
    }

    /** Runs {@code callback} after the outermost block commits, or at once outside any block. */
    public void onCommit(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        Block block = current.get();
        if (block == null) {
            callback.run();
        } else {
            block.onCommit.add(callback);
        }
    }

    /** Marks this thread's innermost block to roll back when it ends (or unmarks it). */
    public void setRollback(boolean rollback) {
        Block block = current.get();
        if (block == null) {
            throw new IllegalStateException("setRollback is for inside an atomic block; there is none on this thread");
        }
        block.rollback = rollback;
    }

    /** Whether this thread's innermost block is marked to roll back; false outside any block. */
    public boolean rollbackMarked() {
        Block block = current.get();
        return block != null && block.rollback;
    }

    /**
     * Holds {@code connection} for this thread ({@code Database.connected}): an outermost block begins on it
     * rather than borrowing another, so a unit of work never needs two connections, which would let busy
     * threads each hold one and wait for a second until the pool runs dry.
     */
    public void hold(Connection connection) {
        held.set(connection);
    }

    /** Stops holding this thread's connection. */
    public void release() {
        held.remove();
    }

    /** The connection held for this thread, or null. */
    public Connection held() {
        return held.get();
    }

    private Block begin() {
        Connection connection = held.get();
        try {
            if (connection == null) {
                connection = pool.getConnection();
            }
        } catch (SQLException e) {
            throw dialect.translate(e, "BEGIN", List.of());
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            close(connection, null);
            throw dialect.translate(e, "BEGIN", List.of());
        }
        Journal.transaction("begin", database, 1);
        return new Block(connection, null, null);
    }

    private Block savepoint(Block parent) {
        Block outermost = parent.outermost();
        String name = "cairn_sp_" + (++outermost.savepoints);
        try {
            Block block = new Block(parent.connection, parent, parent.connection.setSavepoint(name));
            Journal.transaction("savepoint", database, block.depth);
            return block;
        } catch (SQLException e) {
            throw dialect.translate(e, "SAVEPOINT " + name, List.of());
        }
    }

    private void commit(Block block) {
        if (block.parent != null) {
            try {
                block.connection.releaseSavepoint(block.savepoint);
            } catch (SQLException e) {
                throw dialect.translate(e, "RELEASE SAVEPOINT", List.of());
            }
            block.parent.onCommit.addAll(block.onCommit);
            Journal.transaction("release", database, block.depth);
            return;
        }
        try {
            block.connection.commit();
        } catch (SQLException e) {
            rollback(block, e);
            throw dialect.translate(e, "COMMIT", List.of());
        }
        Journal.transaction("commit", database, 1);
        close(block.connection, null);
        for (Runnable callback : block.onCommit) {
            callback.run();
        }
    }

    /** Rolls back; an error doing so is added to {@code failure} when there is one, else thrown. */
    private void rollback(Block block, Throwable failure) {
        try {
            if (block.parent == null) {
                block.connection.rollback();
            } else {
                block.connection.rollback(block.savepoint);
            }
            Journal.transaction("rollback", database, block.depth);
        } catch (SQLException e) {
            if (failure == null) {
                if (block.parent == null) {
                    close(block.connection, null);
                }
                throw dialect.translate(e, "ROLLBACK", List.of());
            }
            failure.addSuppressed(e);
        } finally {
            block.onCommit.clear();
        }
        if (block.parent == null) {
            close(block.connection, failure);
        }
    }

    /** Autocommit on again, and the connection back to the pool unless this thread holds it. */
    private void close(Connection connection, Throwable failure) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
        if (connection != held.get()) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}
