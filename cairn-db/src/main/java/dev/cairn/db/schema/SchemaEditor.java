package dev.cairn.db.schema;

import dev.cairn.db.Database;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and runs the DDL that makes and drops tables, in each database's SQL. Foreign keys are declared in the
 * table on SQLite (which cannot add one later, and checks them only when rows change), and added once every table
 * exists on PostgreSQL and MariaDB, so that tables may point at each other in any order.
 */
public final class SchemaEditor {

    private final Database database;
    private final Dialect dialect;

    /** An editor for {@code database}. */
    public SchemaEditor(Database database) {
        this.database = database;
        this.dialect = database.dialect();
    }

    /** An editor that only writes SQL in a dialect (what {@code sqlmigrate} shows); it runs nothing. */
    public SchemaEditor(Dialect dialect) {
        this.database = null;
        this.dialect = dialect;
    }

    /** The dialect it writes. */
    public Dialect dialect() {
        return dialect;
    }

    /** Makes the tables of these models and of their many-to-many fields, in one go. */
    public void createModels(List<ModelMeta<?>> models) {
        List<TableSpec> tables = new ArrayList<>();
        for (ModelMeta<?> model : models) {
            tables.add(TableSpec.of(model));
            for (FieldMeta field : model.manyToManyFields()) {
                if (field.through() == null) {
                    tables.add(TableSpec.pairsOf(model, field));
                }
            }
        }
        run(createTables(tables));
    }

    /** Drops the tables of these models and of their many-to-many fields. */
    public void dropModels(List<ModelMeta<?>> models) {
        List<String> statements = new ArrayList<>();
        for (ModelMeta<?> model : models.reversed()) {
            for (FieldMeta field : model.manyToManyFields()) {
                if (field.through() == null) {
                    statements.add(dropTable(TableSpec.pairsOf(model, field).name()));
                }
            }
            statements.add(dropTable(model.table()));
        }
        run(statements);
    }

    /** The statements that make these tables, their indexes and their foreign keys. */
    public List<String> createTables(List<TableSpec> tables) {
        List<String> statements = new ArrayList<>();
        List<String> later = new ArrayList<>();
        boolean inline = dialect.name().equals("sqlite");
        for (TableSpec table : tables) {
            statements.add(createTable(table, inline));
            statements.addAll(indexes(table));
            if (!inline) {
                later.addAll(foreignKeys(table));
            }
        }
        statements.addAll(later);
        return statements;
    }

    /**
     * {@code CREATE TABLE}, with foreign keys inline when asked. Unique columns and sets of columns are named
     * constraints ({@link #uniqueName}), so that a migration can drop one by name on every database.
     */
    public String createTable(TableSpec table, boolean inlineForeignKeys) {
        List<String> lines = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
            lines.add(column(column));
        }
        for (ColumnSpec column : table.columns()) {
            if (column.unique()) {
                lines.add("CONSTRAINT " + q(uniqueName(table.name(), List.of(column.name()))) + " UNIQUE ("
                        + q(column.name()) + ")");
            }
        }
        for (List<String> together : table.uniqueTogether()) {
            lines.add("CONSTRAINT " + q(uniqueName(table.name(), together)) + " UNIQUE (" + columns(together) + ")");
        }
        for (TableSpec.CheckSpec check : table.checks()) {
            lines.add(checkClause(check));
        }
        if (inlineForeignKeys) {
            for (ColumnSpec column : table.columns()) {
                if (column.references() != null) {
                    lines.add(foreignKeyClause(table.name(), column));
                }
            }
        }
        return "CREATE TABLE " + q(table.name()) + " (" + String.join(", ", lines) + ")";
    }

    /** A column's definition; its uniqueness is a table constraint ({@link #createTable}). */
    public String column(ColumnSpec column) {
        if (column.primaryKey() && column.type().isAuto()) {
            return q(column.name()) + " " + dialect.autoPrimaryKey(column.type());
        }
        return q(column.name()) + " " + dialect.sqlType(column.type()) + (column.nullable() ? " NULL" : " NOT NULL")
                + (column.primaryKey() ? " PRIMARY KEY" : "");
    }

    /** The name of the constraint that makes these columns unique together (or one column unique). */
    public static String uniqueName(String table, List<String> columns) {
        return Names.of("uniq", table, String.join("_", columns));
    }

    /** The name of the index a column gets of its own. */
    public static String indexName(String table, String column) {
        return Names.of("idx", table, column);
    }

    /** The name of a key column's foreign key constraint. */
    public static String foreignKeyName(String table, ColumnSpec column) {
        return Names.of("fk", table, column.name(), column.references());
    }

    /** The indexes of a table: one per indexed column, and its declared ones. */
    public List<String> indexes(TableSpec table) {
        return parts(table, TablePart.Kind.INDEX);
    }

    /** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY} for each key column of a table. */
    public List<String> foreignKeys(TableSpec table) {
        return parts(table, TablePart.Kind.FOREIGN_KEY);
    }

    private List<String> parts(TableSpec table, TablePart.Kind kind) {
        return TablePart.of(this, table).stream().filter(p -> p.kind() == kind).map(TablePart::create).toList();
    }

    /** {@code CONSTRAINT name CHECK (column op value)}. */
    String checkClause(TableSpec.CheckSpec check) {
        return "CONSTRAINT " + q(check.name()) + " CHECK (" + q(check.column()) + " " + check.operator() + " "
                + literal(check.value()) + ")";
    }

    /** {@code CONSTRAINT ... FOREIGN KEY (...) REFERENCES ...}, as a table's line or after {@code ADD}. */
    String foreignKeyClause(String table, ColumnSpec column) {
        // Deferred where the database can defer, so rows pointing at each other can be written in one transaction.
        String deferred = dialect.name().equals("mariadb") ? "" : " DEFERRABLE INITIALLY DEFERRED";
        return "CONSTRAINT " + q(foreignKeyName(table, column)) + " FOREIGN KEY ("
                + q(column.name()) + ") REFERENCES " + q(column.references()) + " (" + q(column.referenced()) + ")"
                + deferred;
    }

    /** {@code DROP TABLE}. */
    public String dropTable(String table) {
        return "DROP TABLE " + q(table) + (dialect.name().equals("postgresql") ? " CASCADE" : "");
    }

    private void run(List<String> statements) {
        if (database == null) {
            throw new IllegalStateException("this editor only writes SQL; make one with a Database to run it");
        }
        if (dialect.name().equals("mariadb")) {
            // MariaDB drops a table only once nothing points at it; the statements come in dependency order
            // otherwise, so its checks are paused for the run.
            database.execute("SET FOREIGN_KEY_CHECKS = 0", List.of());
            try {
                statements.forEach(statement -> database.execute(statement, List.of()));
            } finally {
                database.execute("SET FOREIGN_KEY_CHECKS = 1", List.of());
            }
            return;
        }
        for (String statement : statements) {
            database.execute(statement, List.of());
        }
    }

    /** Quoted column names joined with commas, {@code -name} as {@code "name" DESC}. */
    String columns(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add(name.startsWith("-") ? q(name.substring(1)) + " DESC" : q(name));
        }
        return String.join(", ", quoted);
    }

    /** A check's value as an SQL literal. */
    String literal(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return dialect.name().equals("sqlite") && value instanceof Boolean b ? (b ? "1" : "0") : value.toString();
        }
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }

    /** A quoted identifier. */
    String q(String identifier) {
        return dialect.quote(identifier);
    }
}
