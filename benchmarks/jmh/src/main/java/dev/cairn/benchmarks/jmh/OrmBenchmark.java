package dev.cairn.benchmarks.jmh;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.benchmarks.jmh.orm.Entry;
import dev.cairn.benchmarks.jmh.orm.World;
import dev.cairn.db.Database;
import dev.cairn.db.DatabaseUrl;
import dev.cairn.db.Databases;
import dev.cairn.db.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ORM against hand-written JDBC on the same database in the same run, each pair doing the same work and ending
 * with the same Java objects:
 *
 * <ul>
 * <li>{@code getOrm} / {@code getJdbc}: one row by primary key ({@code World.objects.get("pk", id)}); goal: the ORM
 * at most 1.15x JDBC's time.</li>
 * <li>{@code listOrm} / {@code listJdbc}: 1,000 rows ({@code filter("id__lte", 1000).list()}); goal 1.3x.</li>
 * <li>{@code bulkCreateOrm} / {@code bulkCreateJdbc}: 10,000 new rows with their keys filled in
 * ({@code bulkCreate}; JDBC: one batch in one transaction, keys through {@code getGeneratedKeys}); goal 1.2x.</li>
 * </ul>
 *
 * <p>
 * {@code -p db=sqlite} (the default) uses a SQLite file in a temporary folder, set up as Cairn sets up SQLite (WAL,
 * synchronous NORMAL); {@code -p db=postgresql} a throwaway database on the server that
 * {@code CAIRN_BENCH_POSTGRES_URL} names (default {@code postgres://postgres@127.0.0.1:5432/postgres}). Both sides
 * borrow their connection from a HikariCP pool of their own for each operation, as an application does. No
 * journey is recorded, as in production.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OrmBenchmark {

    /** Rows in the World table. */
    static final int ROWS = 10_000;
    /** Rows {@code list*} reads. */
    static final int LIST = 1_000;
    /** Rows {@code bulkCreate*} inserts. */
    static final int BULK = 10_000;

    private static final String SELECT_ONE = "SELECT \"id\", \"randomNumber\", \"message\" FROM \"orm_world\" "
            + "WHERE \"id\" = ?";
    private static final String SELECT_MANY = "SELECT \"id\", \"randomNumber\", \"message\" FROM \"orm_world\" "
            + "WHERE \"id\" <= ?";
    private static final String INSERT = "INSERT INTO \"orm_entry\" (\"randomNumber\", \"message\") VALUES (?, ?)";

    /** The database: {@code sqlite} or {@code postgresql}. */
    @Param({"sqlite"})
    public String db;

    private TestDatabase throwaway;
    private Database orm;
    private HikariDataSource jdbc;
    private Databases before;
    private Path folder;

    /** Opens the database on both sides, makes the tables and writes the World rows. */
    @Setup(Level.Trial)
    public void open() throws Exception {
        DatabaseUrl url;
        if (db.equals("sqlite")) {
            folder = Files.createTempDirectory("cairn-orm-bench");
            url = DatabaseUrl.parse("sqlite:///" + folder.resolve("bench.db"));
            orm = Database.open(Databases.DEFAULT, url);
        } else if (db.equals("postgresql")) {
            throwaway = TestDatabase.create(Objects.requireNonNullElse(System.getenv("CAIRN_BENCH_POSTGRES_URL"),
                    "postgres://postgres@127.0.0.1:5432/postgres"));
            orm = throwaway.database();
            url = orm.url();
        } else {
            throw new IllegalArgumentException("db is sqlite or postgresql, not " + db);
        }
        before = Databases.install(Databases.of(List.of(orm)));
        new dev.cairn.db.schema.SchemaEditor(orm).createModels(List.of(World.objects.all().meta(), Entry.objects
                .all().meta()));
        jdbc = pool(url);
        List<World> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(new World(i * 7 % ROWS, "message " + i));
        }
        bulkInsertJdbc(rows.stream().map(w -> new Entry(w.randomNumber, w.message)).toList(), "orm_world");
        check();
    }

    /** A pool for the hand-written side, with SQLite's connections set up as Cairn sets them up. */
    private static HikariDataSource pool(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) {
            config.setUsername(url.user());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        if (url.vendor() == DatabaseUrl.Vendor.SQLITE) {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "5000");
            config.setMaximumPoolSize(4);
        } else {
            config.setMaximumPoolSize(10);
        }
        return new HikariDataSource(config);
    }

    /** Both sides find the same rows, so that they are measured doing the same work. */
    private void check() throws SQLException {
        World orm1 = getOrm(7);
        World jdbc1 = getJdbc(7);
        if (!orm1.message.equals(jdbc1.message) || !orm1.randomNumber.equals(jdbc1.randomNumber)) {
            throw new IllegalStateException("the ORM and JDBC read different rows");
        }
        if (listOrm().size() != LIST || listJdbc().size() != LIST) {
            throw new IllegalStateException("a list did not read " + LIST + " rows");
        }
    }

    /** An empty bulk table before each bulk insert: a state of its own, so that only those pay for it. */
    @State(Scope.Benchmark)
    public static class EmptyEntries {
        /** Deletes every row of the bulk table. */
        @Setup(Level.Invocation)
        public void empty(OrmBenchmark benchmark) throws SQLException {
            try (Connection connection = benchmark.jdbc.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM \"orm_entry\"");
            }
        }
    }

    /** Closes both sides and throws the database away. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
        Databases.install(before);
        jdbc.close();
        if (throwaway != null) {
            throwaway.close();
        } else {
            orm.close();
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int key() {
        return ThreadLocalRandom.current().nextInt(1, ROWS + 1);
    }

    @Benchmark
    public World getOrm() {
        return getOrm(key());
    }

    @Benchmark
    public World getJdbc() throws SQLException {
        return getJdbc(key());
    }

    @Benchmark
    public List<World> listOrm() {
        return World.objects.filter("id__lte", LIST).list();
    }

    @Benchmark
    public List<World> listJdbc() throws SQLException {
        try (Connection connection = jdbc.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT_MANY)) {
            statement.setInt(1, LIST);
            List<World> worlds = new ArrayList<>(LIST);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    worlds.add(world(rows));
                }
            }
            return worlds;
        }
    }

    @Benchmark
    public List<Entry> bulkCreateOrm(EmptyEntries empty) {
        return Entry.objects.bulkCreate(entries());
    }

    @Benchmark
    public List<Entry> bulkCreateJdbc(EmptyEntries empty) throws SQLException {
        return bulkInsertJdbc(entries(), "orm_entry");
    }

    private World getOrm(int id) {
        return World.objects.get("pk", (long) id);
    }

    private World getJdbc(int id) throws SQLException {
        try (Connection connection = jdbc.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT_ONE)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no World " + id);
                }
                return world(rows);
            }
        }
    }

    private static World world(ResultSet rows) throws SQLException {
        World world = new World();
        world.id = rows.getLong(1);
        world.randomNumber = rows.getInt(2);
        world.message = rows.getString(3);
        return world;
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(BULK);
        for (int i = 0; i < BULK; i++) {
            entries.add(new Entry(i, "entry " + i));
        }
        return entries;
    }

    /** One batch in one transaction, each object given the key the database made. */
    private List<Entry> bulkInsertJdbc(List<Entry> entries, String table) throws SQLException {
        try (Connection connection = jdbc.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT.replace("orm_entry", table),
                    new String[]{"id"})) {
                for (Entry entry : entries) {
                    statement.setInt(1, entry.randomNumber);
                    statement.setString(2, entry.message);
                    statement.addBatch();
                }
                statement.executeBatch();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    for (int i = 0; keys.next() && i < entries.size(); i++) {
                        entries.get(i).id = keys.getLong(1);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return entries;
    }
}
