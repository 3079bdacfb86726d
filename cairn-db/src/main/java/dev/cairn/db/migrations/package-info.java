/**
 * Migrations: the schema's history as reviewable, database-neutral files that each app keeps with its code, made
 * from model changes and applied to any of the three databases.
 *
 * <h2>Files</h2>
 *
 * Each app's files are in a folder of its own, {@code src/main/resources/migrations/<app>/}, named
 * {@code NNNN_<words>.json} ({@code 0001_initial.json}, {@code 0002_book_add_isbn.json}); the name is the file's
 * name without {@code .json}. A file is one JSON object:
 *
 * <pre>{@code
 * {
 *   "name": "0002_book_add_isbn",
 *   "dependencies": [["library", "0001_initial"], ["people", "0001_initial"]],
 *   "operations": [
 *     {
 *       "op": "AddField",
 *       "model": "Book",
 *       "field": {"name": "isbn", "type": "char", "maxLength": 13},
 *       "default": "none"
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 * <li>{@code dependencies}: {@code [app, name]} pairs of the migrations that must be applied first, of any app.</li>
 * <li>A field: {@code name}; {@code type}, a column kind ({@code auto, big_auto, small_int, int, big_int, boolean,
 * char, text, decimal, float, date, time, datetime, duration, uuid, json, binary}; {@code maxLength} for char,
 * {@code maxDigits} and {@code decimalPlaces} for decimal) or a relation ({@code foreign_key, one_to_one,
 * many_to_many}, with {@code to}, the target's label {@code app.Model}, and for many-to-many an optional
 * {@code through}); {@code column} when it is not the name ({@code <name>_id} for a key); and the flags
 * {@code null, primaryKey, unique, index}, written only when true.</li>
 * <li>Operations ({@code op}), each on a model of the file's app named without the app: {@code CreateModel}
 * ({@code model, table, fields}, optional {@code indexes}, {@code uniqueTogether}, {@code checks}; its tables of pairs
 * with it), {@code DeleteModel} ({@code model}), {@code AddField} ({@code model, field}, optional {@code default}),
 * {@code RemoveField} ({@code model, field}), {@code AlterField} ({@code model, field}, optional {@code default}),
 * {@code RenameField} ({@code model, from, to}), {@code RenameModel} ({@code from, to}, optional {@code table} when
 * the new table is not the one the new name makes; its tables of pairs, their columns named after it and the keys
 * pointing at it follow), {@code AddIndex} ({@code model, index: {name, fields, unique}};
 * {@code -} before a field for descending), {@code RemoveIndex} ({@code model, name}), {@code AddConstraint} and
 * {@code RemoveConstraint} ({@code model, constraint}: {@code {"type": "unique", "fields": [...]}} or
 * {@code {"type": "check", "name", "lookup": "price__gte", "value": "0"}}), and {@code RunJava} ({@code class}, a
 * {@link dev.cairn.db.migrations.DataMigration}).</li>
 * <li>{@code default}: the value the rows already there get in a new column that may not be NULL, or in a column
 * that may no longer be; text read as the column's kind ({@code "0"}, {@code "12.50"}, {@code "2024-01-31"}, an enum
 * constant's name), or {@code "now"} for a date or time set automatically. The autodetector writes the field's
 * declared default.</li>
 * </ul>
 *
 * A file that is not valid JSON is refused with its path, line and column; a wrong value with its path and place
 * ({@code operations[2].field.type: unknown type 'chars'}).
 *
 * <h2>How it works</h2>
 *
 * Replaying the operations from nothing gives a {@link dev.cairn.db.migrations.ProjectState} (its
 * {@link dev.cairn.db.migrations.ModelState}s hold only what the schema needs). {@code makemigrations}
 * ({@link dev.cairn.db.migrations.Migrations#makeMigrations}) compares it with the state of the models declared now
 * ({@link dev.cairn.db.migrations.Autodetector}) and writes the next numbered file of each app that changed, with a
 * name made from its operations and dependencies on the app's last migration and on those of the apps its
 * relations point into. Each operation's SQL, forwards and backwards, is the difference between the tables of the
 * states either side of it ({@link dev.cairn.db.schema.AlterTable}); SQLite, which alters little, rebuilds a table
 * to change it, keeping its rows and indexes. {@link dev.cairn.db.migrations.Migrator} applies and unapplies
 * migrations, one per transaction where DDL is transactional, under a lock that makes two nodes migrating at once
 * safe, and records them in the table {@code cairn_migrations}.
 */
package dev.cairn.db.migrations;
