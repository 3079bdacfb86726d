package dev.cairn.benchmarks.peers.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * TechEmpower's database work in plain JDBC, as the JDBC entries write it: a HikariCP pool of PostgreSQL
 * connections, one connection and one prepared statement per request, the updates sent as one JDBC batch.
 *
 * <p>
 * The pool holds {@value #POOL_SIZE} connections, as many as the ORM's pool, so that every server gets the same
 * share of the database.
 */
public final class JdbcWorlds implements AutoCloseable {

    /** Connections in the pool. */
    public static final int POOL_SIZE = 10;

    private final HikariDataSource pool;

    private JdbcWorlds(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * A pool on {@code url}, {@code postgres://user:password@host:port/database}, making its first connection.
     *
     * @throws IllegalArgumentException if the URL is not a PostgreSQL one
     */
    public static JdbcWorlds open(String url) {
        URI uri = URI.create(url);
        if (!List.of("postgres", "postgresql").contains(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must be postgres://...; got " + uri.getScheme());
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("peer");
        config.setJdbcUrl("jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + uri.getPath());
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            config.setUsername(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) {
                config.setPassword(userInfo.substring(colon + 1));
            }
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        return new JdbcWorlds(new HikariDataSource(config));
    }

    /** One random row. */
    public World one() throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement select = connection.prepareStatement(Rules.SELECT_WORLD_JDBC)) {
            return read(select, Rules.randomId());
        }
    }

    /** {@code count} random rows, each read with its own query. */
    public List<World> many(int count) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement select = connection.prepareStatement(Rules.SELECT_WORLD_JDBC)) {
            return readMany(select, count);
        }
    }

    /** {@code count} random rows, each given a new number, written in one batch in order of id. */
    public List<World> update(int count) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement select = connection.prepareStatement(Rules.SELECT_WORLD_JDBC);
                PreparedStatement update = connection.prepareStatement(Rules.UPDATE_WORLD_JDBC)) {
            List<World> worlds = new ArrayList<>(count);
            for (World world : readMany(select, count)) {
                worlds.add(new World(world.id(), Rules.otherNumber(world.randomNumber())));
            }
            for (World world : Rules.byId(worlds)) {
                update.setInt(1, world.randomNumber());
                update.setInt(2, world.id());
                update.addBatch();
            }
            update.executeBatch();
            return worlds;
        }
    }

    /** Every fortune, in the table's order. */
    public List<Fortune> fortunes() throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement select = connection.prepareStatement(Rules.SELECT_FORTUNES);
                ResultSet rows = select.executeQuery()) {
            List<Fortune> fortunes = new ArrayList<>(16);
            while (rows.next()) {
                fortunes.add(new Fortune(rows.getInt(1), rows.getString(2)));
            }
            return fortunes;
        }
    }

    private static List<World> readMany(PreparedStatement select, int count) throws SQLException {
        List<World> worlds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            worlds.add(read(select, Rules.randomId()));
        }
        return worlds;
    }

    private static World read(PreparedStatement select, int id) throws SQLException {
        select.setInt(1, id);
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return new World(rows.getInt(1), rows.getInt(2));
        }
    }

    /** Closes the pool. */
    @Override
    public void close() {
        pool.close();
    }
}
