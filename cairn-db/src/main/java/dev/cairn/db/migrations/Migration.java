package dev.cairn.db.migrations;

import java.util.List;

/**
 * One migration file of an app: its name ({@code 0002_book_add_isbn}), the migrations that must be applied first
 * (of its own app and others), and its operations in order.
 *
 * @param app          the app's label
 * @param name         the name, the file's name without {@code .json}
 * @param dependencies the migrations applied before it
 * @param operations   what it does, in order
 * @param source       where it was read from, for errors; null for one made in memory
 */
public record Migration(String app, String name, List<Key> dependencies, List<Operation> operations, String source) {

    /** Copies the lists. */
    public Migration {
        dependencies = List.copyOf(dependencies);
        operations = List.copyOf(operations);
    }

    /**
     * A migration's name within its app.
     *
     * @param app  the app's label
     * @param name the migration's name
     */
    public record Key(String app, String name) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byApp = app.compareTo(other.app);
            return byApp != 0 ? byApp : name.compareTo(other.name);
        }

        @Override
        public String toString() {
            return app + "." + name;
        }
    }

    /** Its key. */
    public Key key() {
        return new Key(app, name);
    }

    /** Whether every operation can be undone. */
    public boolean reversible() {
        return operations.stream().allMatch(Operation::reversible);
    }
}
