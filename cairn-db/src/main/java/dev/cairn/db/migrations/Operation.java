package dev.cairn.db.migrations;

import dev.cairn.db.Sql;
import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a migration, on one model of the migration's app (named without the app: {@code Book}). Each
 * changes the recorded state ({@link #apply}); its SQL forwards and backwards is what turns the model's tables in
 * the state before it into those in the state after it and back ({@link SchemaChanges}), in the database's dialect.
 * {@link RunJava} changes data instead, through a {@link DataMigration}.
 */
public sealed interface Operation {

    /** Changes {@code state} as this operation does; {@code app} is the migration's. */
    void apply(String app, ProjectState state);

    /** What it does, in a few words ({@code Add field isbn to Book}). */
    String describe();

    /** The name of the model it changes, or null. */
    String model();

    /** Whether it can be undone; {@link RunJava} without a backward step cannot. */
    default boolean reversible() {
        return true;
    }

    /** The SQL that applies it, {@code before} and {@code after} being the states either side of it. */
    default List<Sql> forwards(String app, ProjectState before, ProjectState after, Dialect dialect) {
        return SchemaChanges.between(before, after, app + "." + model(),
                SchemaChanges.hints(this, app, before, after, true), dialect);
    }

    /** The SQL that undoes it. */
    default List<Sql> backwards(String app, ProjectState before, ProjectState after, Dialect dialect) {
        return SchemaChanges.between(after, before, app + "." + model(),
                SchemaChanges.hints(this, app, before, after, false), dialect);
    }

    /** A model and its tables made. */
    record CreateModel(ModelState state) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            ModelState model = new ModelState(app, state.name(), state.table(), state.fields(), state.indexes(), state
                    .uniqueTogether(), state.checks());
            if (project.find(model.label()) != null) {
                throw new MigrationError("cannot create " + model.label() + ": it exists already");
            }
            project.put(model);
        }

        @Override
        public String describe() {
            return "Create model " + state.name();
        }

        @Override
        public String model() {
            return state.name();
        }
    }

    /** A model and its tables dropped. */
    record DeleteModel(String model) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            project.remove(app + "." + model);
        }

        @Override
        public String describe() {
            return "Delete model " + model;
        }
    }

    /**
     * A field added.
     *
     * @param fill the value existing rows get when the field may not be NULL ({@link FillValues}), or null
     */
    record AddField(String model, FieldState field, String fill) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            ModelState state = project.model(app + "." + model);
            if (state.field(field.name()) != null) {
                throw new MigrationError("cannot add field " + field.name() + " to " + state.label()
                        + ": it has one already");
            }
            List<FieldState> fields = new ArrayList<>(state.fields());
            fields.add(field);
            project.put(state.withFields(fields));
        }

        @Override
        public String describe() {
            return "Add field " + field.name() + " to " + model;
        }
    }

    /** A field removed. */
    record RemoveField(String model, String field) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            ModelState state = project.model(app + "." + model);
            state.requireField(field);
            project.put(state.withFields(state.fields().stream().filter(f -> !f.name().equals(field)).toList()));
        }

        @Override
        public String describe() {
            return "Remove field " + field + " from " + model;
        }
    }

    /**
     * A field's definition changed.
     *
     * @param fill the value rows holding NULL get when the field may no longer be NULL, or null
     */
    record AlterField(String model, FieldState field, String fill) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            ModelState state = project.model(app + "." + model);
            state.requireField(field.name());
            project.put(state.withFields(state.fields().stream().map(f -> f.name().equals(field.name()) ? field : f)
                    .toList()));
        }

        @Override
        public String describe() {
            return "Alter field " + field.name() + " on " + model;
        }
    }

    /** A field renamed, its column (when named after it) and its table of pairs with it, the data kept. */
    record RenameField(String model, String from, String to) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            ModelState state = project.model(app + "." + model);
            if (state.field(to) != null) {
                throw new MigrationError("cannot rename " + state.label() + "." + from + " to " + to
                        + ": it has a field " + to + " already");
            }
            project.put(state.renameField(from, to));
        }

        @Override
        public String describe() {
            return "Rename field " + from + " on " + model + " to " + to;
        }
    }

    /**
     * A model renamed, its rows kept: its table (when named after it, or to {@code table}), its tables of pairs and
     * the columns in them named after it follow the name, and every key and pair pointing at it is re-pointed. Undone
     * by renaming back.
     *
     * @param from  the model's name before
     * @param to    its name after
     * @param table its table after, or null for the one the new name makes ({@code <app>_<to>}) when the table was
     *              named after the model, else the same table
     */
    record RenameModel(String from, String to, String table) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            project.renameModel(app, from, to, table);
        }

        @Override
        public String describe() {
            return "Rename model " + from + " to " + to;
        }

        @Override
        public String model() {
            return to;
        }

        @Override
        public List<Sql> forwards(String app, ProjectState before, ProjectState after, Dialect dialect) {
            return SchemaChanges.renamed(before, after, app + "." + from, app + "." + to, dialect);
        }

        @Override
        public List<Sql> backwards(String app, ProjectState before, ProjectState after, Dialect dialect) {
            return SchemaChanges.renamed(after, before, app + "." + to, app + "." + from, dialect);
        }
    }

    /** An index added. */
    record AddIndex(String model, ModelMeta.IndexMeta index) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            ModelState state = project.model(app + "." + model);
            List<ModelMeta.IndexMeta> indexes = new ArrayList<>(state.indexes());
            indexes.add(index);
            project.put(state.withIndexes(indexes));
        }

        @Override
        public String describe() {
            return "Create index " + index.name() + " on " + model + " " + index.fields();
        }
    }

    /** An index dropped, by name. */
    record RemoveIndex(String model, String name) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            ModelState state = project.model(app + "." + model);
            if (state.indexes().stream().noneMatch(i -> i.name().equals(name))) {
                throw new MigrationError(state.label() + " has no index " + name + " in the recorded state");
            }
            project.put(state.withIndexes(state.indexes().stream().filter(i -> !i.name().equals(name)).toList()));
        }

        @Override
        public String describe() {
            return "Remove index " + name + " from " + model;
        }
    }

    /**
     * A constraint: fields unique together, or a check. Exactly one of the two is set.
     *
     * @param unique the fields unique together, or null
     * @param check  the check, or null
     */
    record Constraint(List<String> unique, ModelMeta.CheckMeta check) {
        /** Checks that exactly one is set. */
        public Constraint {
            if ((unique == null) == (check == null)) {
                throw new MigrationError("a constraint is either unique fields or a check");
            }
            unique = unique == null ? null : List.copyOf(unique);
        }

        @Override
        public String toString() {
            return unique != null
                    ? "unique " + unique
                    : "check " + check.name() + " (" + check.lookup() + " "
                            + check.value() + ")";
        }

        ModelState addTo(ModelState state) {
            if (unique != null) {
                List<List<String>> sets = new ArrayList<>(state.uniqueTogether());
                sets.add(unique);
                return state.withUniqueTogether(sets);
            }
            List<ModelMeta.CheckMeta> checks = new ArrayList<>(state.checks());
            checks.add(check);
            return state.withChecks(checks);
        }

        ModelState removeFrom(ModelState state) {
            boolean present = unique != null
                    ? state.uniqueTogether().contains(unique)
                    : state.checks().stream()
                            .anyMatch(c -> c.name().equals(check.name()));
            if (!present) {
                throw new MigrationError(state.label() + " has no constraint " + this + " in the recorded state");
            }
            return unique != null
                    ? state.withUniqueTogether(state.uniqueTogether().stream().filter(s -> !s.equals(unique)).toList())
                    : state.withChecks(state.checks().stream().filter(c -> !c.name().equals(check.name())).toList());
        }
    }

    /** A constraint added. */
    record AddConstraint(String model, Constraint constraint) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            project.put(constraint.addTo(project.model(app + "." + model)));
        }

        @Override
        public String describe() {
            return "Add constraint " + constraint + " to " + model;
        }
    }

    /** A constraint dropped. */
    record RemoveConstraint(String model, Constraint constraint) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {
            project.put(constraint.removeFrom(project.model(app + "." + model)));
        }

        @Override
        public String describe() {
            return "Remove constraint " + constraint + " from " + model;
        }
    }

    /**
     * A {@link DataMigration} run: its {@code forward} when applying, its {@code backward} when unapplying. It
     * changes no schema and writes no SQL of its own.
     *
     * @param className the class's binary name
     */
    record RunJava(String className) implements Operation {
        @Override
        public void apply(String app, ProjectState project) {}

        @Override
        public String describe() {
            return "Run Java " + className;
        }

        @Override
        public String model() {
            return null;
        }

        @Override
        public boolean reversible() {
            return instance().reversible();
        }

        @Override
        public List<Sql> forwards(String app, ProjectState before, ProjectState after, Dialect dialect) {
            return List.of();
        }

        @Override
        public List<Sql> backwards(String app, ProjectState before, ProjectState after, Dialect dialect) {
            return List.of();
        }

        /** A new instance of the class. */
        public DataMigration instance() {
            try {
                Class<?> type = Class.forName(className, true, loader());
                if (!DataMigration.class.isAssignableFrom(type)) {
                    throw new MigrationError(className + " does not implement " + DataMigration.class.getName());
                }
                return (DataMigration) type.getConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new MigrationError("RunJava names " + className + ", which is not on the class path", e);
            } catch (ReflectiveOperationException e) {
                throw new MigrationError("cannot make a " + className + ": it needs a public no-argument "
                        + "constructor (" + e + ")", e);
            }
        }

        private static ClassLoader loader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : RunJava.class.getClassLoader();
        }
    }
}
