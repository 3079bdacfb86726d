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

    /** {@code CREATE TABLE}, with foreign keys inline when asked. */
    public String createTable(TableSpec table, boolean inlineForeignKeys) {
        List<String> lines = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
            lines.add(column(column));
        }
        for (List<String> together : table.uniqueTogether()) {
            lines.add("CONSTRAINT " + q(Names.of("uniq", table.name(), String.join("_", together))) + " UNIQUE ("
                    + columns(together) + ")");
        }
        for (TableSpec.CheckSpec check : table.checks()) {
            lines.add("CONSTRAINT " + q(check.name()) + " CHECK (" + q(check.column()) + " " + check.operator() + " "
                    + literal(check.value()) + ")");
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

    /** A column's definition. */
    public String column(ColumnSpec column) {
        if (column.primaryKey() && column.type().isAuto()) {
            return q(column.name()) + " " + dialect.autoPrimaryKey(column.type());
        }
        return q(column.name()) + " " + dialect.sqlType(column.type()) + (column.nullable() ? " NULL" : " NOT NULL")
                + (column.primaryKey() ? " PRIMARY KEY" : "") + (column.unique() ? " UNIQUE" : "");
    }

    /** The indexes of a table: one per indexed column, and its declared ones. */
    public List<String> indexes(TableSpec table) {
        List<String> statements = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
            if (column.index() && !column.unique() && !column.primaryKey()) {
                statements.add("CREATE INDEX " + q(Names.of("idx", table.name(), column.name())) + " ON "
                        + q(table.name()) + " (" + q(column.name()) + ")");
            }
        }
        for (TableSpec.IndexSpec index : table.indexes()) {
            statements.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON "
                    + q(table.name()) + " (" + columns(index.columns()) + ")");
        }
        return statements;
    }

    /** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY} for each key column of a table. */
    public List<String> foreignKeys(TableSpec table) {
        List<String> statements = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
            if (column.references() != null) {
                statements.add("ALTER TABLE " + q(table.name()) + " ADD " + foreignKeyClause(table.name(), column));
            }
        }
        return statements;
    }

    private String foreignKeyClause(String table, ColumnSpec column) {
        // Deferred where the database can defer, so rows pointing at each other can be written in one transaction.
        String deferred = dialect.name().equals("mariadb") ? "" : " DEFERRABLE INITIALLY DEFERRED";
        return "CONSTRAINT " + q(Names.of("fk", table, column.name(), column.references())) + " FOREIGN KEY ("
                + q(column.name()) + ") REFERENCES " + q(column.references()) + " (" + q(column.referenced()) + ")"
                + deferred;
    }

    /** {@code DROP TABLE}. */
    public String dropTable(String table) {
        return "DROP TABLE " + q(table) + (dialect.name().equals("postgresql") ? " CASCADE" : "");
    }

    private void run(List<String> statements) {
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

    private String columns(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add(name.startsWith("-") ? q(name.substring(1)) + " DESC" : q(name));
        }
        return String.join(", ", quoted);
    }

    private String literal(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return dialect.name().equals("sqlite") && value instanceof Boolean b ? (b ? "1" : "0") : value.toString();
        }
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
