/**
 * The ORM: models declared in Java, lazy QuerySets with Django's semantics, the SQL they write and the journey
 * record of each statement, transactions, and migrations, on SQLite (the embedded default), PostgreSQL and
 * MariaDB. It knows nothing of HTTP.
 *
 * <p>
 * {@code dev.cairn.db} holds what an application uses: databases, models, managers, QuerySets, Q and F, and the
 * errors; {@code dev.cairn.db.dialect} says where the databases differ; {@code dev.cairn.db.meta} describes
 * models and their fields to the compiler, migrations, forms and the admin.
 */
module dev.cairn.db {
    requires transitive java.sql;
    requires transitive dev.cairn.journey;
    requires transitive com.fasterxml.jackson.databind;
    requires com.zaxxer.hikari;
    requires org.xerial.sqlitejdbc;

    exports dev.cairn.db;
    exports dev.cairn.db.dialect;
    exports dev.cairn.db.meta;
    exports dev.cairn.db.migrations;
    exports dev.cairn.db.query;
    exports dev.cairn.db.schema;
    exports dev.cairn.db.testing;
}
