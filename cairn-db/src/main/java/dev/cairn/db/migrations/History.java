package dev.cairn.db.migrations;

import dev.cairn.db.Database;
import dev.cairn.db.Param;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.migrations.Migration.Key;
import dev.cairn.db.schema.ColumnSpec;
import dev.cairn.db.schema.SchemaEditor;
import dev.cairn.db.schema.TableSpec;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table {@value #TABLE} that says which migrations a database has applied: a row per applied migration (app,
 * name, when). If a migration is unapplied its row is removed, so a row always means the migration is applied, as
 * Django's recorder has it.
 */
public final class History {

    /** The table's name. */
    public static final String TABLE = "cairn_migrations";

    private final Database database;

    /** The history of {@code database}. */
    public History(Database database) {
        this.database = database;
    }

    /** Makes the table if it is not there yet. */
    public void ensure() {
        TableSpec table = new TableSpec(TABLE, List.of(
                new ColumnSpec("id", ColumnType.of(ColumnType.Kind.BIG_AUTO), false, true, false, false, null, null),
                new ColumnSpec("app", ColumnType.chars(255), false, false, false, false, null, null),
                new ColumnSpec("name", ColumnType.chars(255), false, false, false, false, null, null),
                new ColumnSpec("applied", ColumnType.of(ColumnType.Kind.DATETIME), false, false, false, false, null,
                        null)),
                List.of(), List.of(), List.of());
        String create = new SchemaEditor(database.dialect()).createTable(table, true);
        database.execute(create.replaceFirst("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"), List.of());
    }

    /** The migrations applied, or none when the table is not there. */
    public Set<Key> applied() {
        return new TreeSet<>(database.query("SELECT " + q("app") + ", " + q("name") + " FROM " + q(TABLE), List.of(),
                rows -> new Key(rows.getString(1), rows.getString(2))));
    }

    /** Records a migration as applied, now. */
    public void recordApplied(Key key) {
        database.execute("INSERT INTO " + q(TABLE) + " (" + q("app") + ", " + q("name") + ", " + q("applied")
                + ") VALUES (?, ?, ?)",
                List.of(key.app(), key.name(), Param.of(ColumnType.Kind.DATETIME, Instant
                        .now())));
    }

    /** Records a migration as unapplied. */
    public void recordUnapplied(Key key) {
        database.execute("DELETE FROM " + q(TABLE) + " WHERE " + q("app") + " = ? AND " + q("name") + " = ?", List
                .of(key.app(), key.name()));
    }

    private String q(String identifier) {
        return database.dialect().quote(identifier);
    }
}
