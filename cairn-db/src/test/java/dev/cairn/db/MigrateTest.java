package dev.cairn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Publisher;
import dev.cairn.db.library.Tag;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.migrations.Migration;
import dev.cairn.db.migrations.MigrationError;
import dev.cairn.db.migrations.MigrationFile;
import dev.cairn.db.migrations.MigrationSource;
import dev.cairn.db.migrations.Migrations;
import dev.cairn.db.migrations.Migrator;
import dev.cairn.db.migrations.Operation;
import dev.cairn.db.migrations.Progress;
import dev.cairn.db.migrations.shop.Shout;
import dev.cairn.db.migrations.shop.Slow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Migrations made from models and run on the four test databases: the current schema reached from the files alone,
 * a model changed and migrated forward and back with its rows kept (SQLite's rebuild included), a data migration in
 * Java, two nodes migrating at once, and the SQL shown without running it.
 */
class MigrateTest {

    static final List<Class<? extends Model>> V1 = List.of(dev.cairn.db.migrations.shop.v1.Maker.class,
            dev.cairn.db.migrations.shop.v1.Item.class);
    static final List<Class<? extends Model>> V2 = List.of(dev.cairn.db.migrations.shop.v1.Maker.class,
            dev.cairn.db.migrations.shop.v2.Item.class, dev.cairn.db.migrations.shop.v2.Tag.class);
    static final List<String> TABLES = List.of("shop_item_tags", "shop_item", "shop_tag", "people_maker",
            "library_book_tags", "library_book", "library_tag", "library_author", "library_publisher",
            "cairn_migrations", "cairn_migrations_lock");

    static TestDatabases databases;
    static Databases before;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        databases = TestDatabases.open();
        List<Database> all = new ArrayList<>();
        all.add(Database.open(Databases.DEFAULT, "sqlite:///:memory:"));
        TestDatabases.labels().forEach(label -> all.add(databases.get(label)));
        before = Databases.install(Databases.of(all));
    }

    @AfterAll
    static void close() {
        Databases.install(before).defaultDatabase().close();
        databases.close();
    }

    static List<String> databases() {
        return TestDatabases.labels();
    }

    /** Drops every table a test may have made, so that the next starts from an empty database. */
    @AfterEach
    void dropTables() {
        for (String label : TestDatabases.labels()) {
            TestDatabases.dropTables(databases.get(label), TABLES);
        }
    }

    private Migrations migrations(List<Class<? extends Model>> models) {
        return new Migrations(models, MigrationSource.folder(folder), folder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEmptyDatabaseReachesTheCurrentSchemaFromTheFilesAlone(String label) {
        Database db = databases.get(label);
        Migrations library = migrations(List.of(Publisher.class, Author.class, Tag.class, Book.class));
        List<Migrations.Written> written = library.makeMigrations(Set.of(), null, List.of(), false);
        assertEquals(List.of("library.0001_initial"), written.stream().map(w -> w.migration().key().toString())
                .toList());
        assertTrue(Files.exists(folder.resolve("library/0001_initial.json")));
        List<Migrator.Step> taken = library.migrator(db, Progress.NONE).migrate(null, null);
        assertEquals(1, taken.size());
        assertEquals(List.of(), library.makeMigrations(Set.of(), null, List.of(), false), "no changes detected");
        assertEquals(List.of(), library.migrator(db, Progress.NONE).migrate(null, null), "nothing left to apply");

        Publisher penguin = new Publisher("Penguin");
        penguin.save(label);
        Author dickens = new Author("Charles Dickens");
        dickens.save(label);
        Tag classic = new Tag("classic");
        classic.save(label);
        Book book = new Book("Bleak House", dickens, "12.50");
        book.publisher.set(penguin);
        book.save(label);
        insert(db, "library_book_tags", List.of("book_id", "tag_id"), book.pk(), classic.pk());
        Book loaded = Book.objects.using(label).get("author__name", "Charles Dickens");
        assertEquals(new BigDecimal("12.50"), loaded.price);
        assertEquals("Penguin", Book.objects.using(label).all().valuesListFlat("publisher__name").getFirst());
        assertThrows(IntegrityError.class, () -> insert(db, "library_book_tags", List.of("book_id", "tag_id"), book
                .pk(), classic.pk()), "a pair at most once");
        assertThrows(IntegrityError.class, () -> new Publisher("Penguin").save(label), "the unique column");
        assertThrows(IntegrityError.class, () -> new Book("Free", dickens, "-1").save(label), "the check");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangedModelMigratesForwardAndBackKeepingItsRows(String label) {
        Database db = databases.get(label);
        List<Migrations.Written> first = migrations(V1).makeMigrations(Set.of(), null, List.of(), false);
        assertEquals(List.of("people.0001_initial", "shop.0001_initial"), first.stream().map(w -> w.migration().key()
                .toString()).toList());
        assertEquals(List.of(new Migration.Key("people", "0001_initial")), first.get(1).migration().dependencies(),
                "shop's items point at people's makers");
        migrations(V1).migrator(db, Progress.NONE).migrate(null, null);
        insert(db, "people_maker", List.of("id", "name"), 1, "acme");
        insert(db, "shop_item", List.of("id", "title", "price", "notes", "maker_id"), 1, "lamp", decimal("2.00"),
                "bright", 1);
        insert(db, "shop_item", List.of("id", "title", "price", "notes", "maker_id"), 2, "desk", decimal(null), null,
                1);

        List<Migrations.Written> second = migrations(V2).makeMigrations(Set.of(), null, List.of(), false);
        assertEquals(1, second.size());
        Migration change = second.getFirst().migration();
        assertEquals("0002_auto_", change.name().substring(0, 10));
        assertEquals(List.of("Rename field title on Item to name", "Remove field notes from Item", "Create model Tag",
                "Add field isbn to Item", "Add field tags to Item", "Alter field price on Item",
                "Create index shop_item_name_idx on Item [name]", "Add constraint unique [name, maker] to Item",
                "Add constraint check shop_item_price_positive (price__gte 0) to Item"),
                change.operations().stream()
                        .map(Operation::describe).toList());

        List<String> told = Collections.synchronizedList(new ArrayList<>());
        Progress progress = new Progress() {
            @Override
            public void operationDone(Migration migration, int index, Operation operation, Duration took) {
                told.add(migration.name() + " " + index);
            }
        };
        migrations(V2).migrator(db, progress).migrate(null, null);
        assertEquals(change.operations().size(), told.size(), "a progress call per operation");
        assertEquals(List.of("1 lamp 2.00 none", "2 desk 1.50 none"), db.query("SELECT id, " + q(db, "name")
                + ", price, isbn FROM shop_item ORDER BY id", List.of(),
                r -> r.getLong(1) + " " + r.getString(2)
                        + " " + decimalOf(db, r, 3) + " " + r.getString(4)));
        assertThrows(IntegrityError.class, () -> insert(db, "shop_item", List.of("id", q(db, "name"), "price",
                "maker_id", "isbn"), 3, "lamp", decimal("1.00"), 1, "x"), "unique together");
        assertThrows(IntegrityError.class, () -> insert(db, "shop_item", List.of("id", q(db, "name"), "price",
                "maker_id", "isbn"), 3, "rug", decimal("-1.00"), 1, "x"), "the check");
        insert(db, "shop_tag", List.of("id", "label"), 1, "new");
        insert(db, "shop_item_tags", List.of("item_id", "tag_id"), 1, 1);
        if (db.dialect().name().equals("sqlite")) {
            assertEquals(List.of("shop_item_maker_id_idx", "shop_item_name_idx"), db.query("SELECT name FROM "
                    + "sqlite_master WHERE type = 'index' AND tbl_name = 'shop_item' AND sql IS NOT NULL ORDER BY "
                    + "name", List.of(), r -> r.getString(1)), "the rebuilt table keeps its indexes");
        }

        migrations(V2).migrator(db, Progress.NONE).migrate("shop", "0001_initial");
        assertEquals(List.of("1 lamp 2.00 null", "2 desk 1.50 null"), db.query("SELECT id, title, price, notes FROM "
                + "shop_item ORDER BY id", List.of(),
                r -> r.getLong(1) + " " + r.getString(2) + " " + decimalOf(db,
                        r, 3) + " " + r.getString(4)));
        assertEquals(Set.of(new Migration.Key("people", "0001_initial"), new Migration.Key("shop", "0001_initial")),
                migrations(V2).migrator(db, Progress.NONE).applied());
        migrations(V2).migrator(db, Progress.NONE).migrate(null, null);
        assertEquals(List.of("lamp", "desk"), db.query("SELECT " + q(db, "name") + " FROM shop_item ORDER BY id",
                List.of(), r -> r.getString(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDataMigrationInJavaRunsForwardAndBack(String label) throws Exception {
        Database db = databases.get(label);
        migrations(V2).makeMigrations(Set.of(), null, List.of(), false);
        Migrations.Written empty = migrations(V2).makeEmpty(Set.of("shop"), "shout", false).getFirst();
        assertEquals("0002_shout", empty.migration().name());
        addRunJava(empty, Shout.class);
        migrations(V2).migrator(db, Progress.NONE).migrate("shop", "0001");
        insert(db, "people_maker", List.of("id", "name"), 1, "acme");
        insert(db, "shop_item", List.of("id", q(db, "name"), "price", "maker_id", "isbn"), 1, "lamp", decimal("1"), 1,
                "x");
        migrations(V2).migrator(db, Progress.NONE).migrate(null, null);
        assertEquals(List.of("LAMP"), names(db));
        migrations(V2).migrator(db, Progress.NONE).migrate("shop", "0001_initial");
        assertEquals(List.of("lamp"), names(db));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesMigratingAtOnceApplyEachMigrationOnce(String label) throws Exception {
        Database db = databases.get(label);
        migrations(V1).makeMigrations(Set.of(), null, List.of(), false);
        addRunJava(migrations(V1).makeEmpty(Set.of("shop"), "slow", false).getFirst(), Slow.class);
        boolean memory = db.url().isMemory();
        Database other = memory ? db : Database.open(label + "-node-2", db.url());
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<List<Migrator.Step>>> nodes = new ArrayList<>();
            for (Database node : List.of(db, other)) {
                nodes.add(pool.submit(() -> {
                    start.await();
                    return migrations(V1).migrator(node, Progress.NONE).migrate(null, null);
                }));
            }
            start.countDown();
            int taken = 0;
            for (Future<List<Migrator.Step>> node : nodes) {
                taken += node.get().size();
            }
            assertEquals(3, taken, "each migration applied by one node only");
        } finally {
            if (!memory) {
                other.close();
            }
        }
        assertEquals(List.of(3L), db.query("SELECT COUNT(*) FROM cairn_migrations", List.of(), r -> r.getLong(1)));

        MigrationError error = assertThrows(MigrationError.class, () -> migrations(V1).migrator(db, Progress.NONE)
                .migrate("shop", "0001_initial"));
        assertTrue(error.getMessage().startsWith("cannot unapply shop.0002_slow: its operation 'Run Java "
                + Slow.class.getName() + "' cannot be reversed"), error.getMessage());
        assertEquals(List.of(3L), db.query("SELECT COUNT(*) FROM cairn_migrations", List.of(), r -> r.getLong(1)),
                "nothing was undone");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sqlmigrateShowsTheSqlWithoutRunningIt(String label) {
        Database db = databases.get(label);
        Migrator migrator = firstVersion(db);
        Migration initial = migrations(V1).graph().find("shop", "0001_initial");
        List<String> forwards = migrator.sql(initial, true);
        assertEquals("-- Create model Item", forwards.getFirst());
        assertTrue(forwards.get(1).startsWith("CREATE TABLE " + db.dialect().quote("shop_item") + " ("), forwards
                .get(1));
        assertEquals(
                List.of("-- Undo: Create model Item", "DROP TABLE " + db.dialect().quote("shop_item") + (label.equals(
                        "postgresql") ? " CASCADE" : "") + ";"),
                migrator.sql(initial, false));
        assertEquals(Set.of(), migrator.applied(), "nothing ran");
        assertThrows(DatabaseException.class, () -> db.query("SELECT * FROM shop_item", List.of(), r -> 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unknownAppsAndTargetsAreRefused(String label) {
        Database db = databases.get(label);
        Migrator migrator = firstVersion(db);
        assertEquals("app 'shop' has no migration named '0009'; app 'shop' has: 0001_initial", assertThrows(
                MigrationError.class, () -> migrator.migrate("shop", "0009")).getMessage());
        assertEquals("app 'nope' has no migrations; apps with migrations: [people, shop]", assertThrows(
                MigrationError.class, () -> migrator.plan("nope", null)).getMessage());
    }

    /** The first version's migrations made, and a migrator of {@code db} through them. */
    private Migrator firstVersion(Database db) {
        migrations(V1).makeMigrations(Set.of(), null, List.of(), false);
        return migrations(V1).migrator(db, Progress.NONE);
    }

    private static void addRunJava(Migrations.Written empty, Class<?> type) throws Exception {
        Migration migration = empty.migration();
        Migration withJava = new Migration(migration.app(), migration.name(), migration.dependencies(), List.of(
                new Operation.RunJava(type.getName())), null);
        Files.writeString(empty.path(), MigrationFile.write(withJava));
    }

    private static List<String> names(Database db) {
        return db.query("SELECT " + q(db, "name") + " FROM shop_item ORDER BY id", List.of(), r -> r.getString(1));
    }

    private static Param decimal(String value) {
        return Param.of(ColumnType.decimal(8, 2), value == null ? null : new BigDecimal(value));
    }

    private static String decimalOf(Database db, java.sql.ResultSet rows, int column) throws java.sql.SQLException {
        Object value = db.dialect().fromDatabase(ColumnType.decimal(8, 2), rows, column);
        return value == null ? "null" : ((BigDecimal) value).setScale(2).toPlainString();
    }

    private static String q(Database db, String name) {
        return db.dialect().quote(name);
    }

    private static void insert(Database db, String table, List<String> columns, Object... values) {
        String marks = String.join(", ", Collections.nCopies(values.length, "?"));
        db.execute("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")", Arrays
                .asList(values));
    }
}
