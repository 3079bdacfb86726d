package dev.cairn.db.migrations;

import dev.cairn.db.migrations.Migration.Key;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The migrations of every app and the dependencies between them, checked when built: every dependency exists, none
 * goes round in a circle. Its order applies each migration after those it depends on, and is the same on every
 * machine (ties broken by app, then name). An app whose migrations end in two leaves (two migrations made from the
 * same parent on two branches) is a conflict that must be mended before anything is applied.
 */
public final class MigrationGraph {

    private final Map<Key, Migration> nodes = new TreeMap<>();
    private final List<Migration> order = new ArrayList<>();

    /**
     * Checks and orders the migrations.
     *
     * @throws MigrationError for a duplicate, a missing dependency or a circle, saying which
     */
    public MigrationGraph(List<Migration> migrations) {
        for (Migration migration : migrations) {
            Migration before = nodes.put(migration.key(), migration);
            if (before != null) {
                throw new MigrationError("two migrations are named " + migration.key() + ": " + before.source()
                        + " and " + migration.source());
            }
        }
        for (Migration migration : nodes.values()) {
            for (Key dependency : migration.dependencies()) {
                if (!nodes.containsKey(dependency)) {
                    throw new MigrationError(migration.key() + " (" + migration.source() + ") depends on "
                            + dependency + ", which no migration file defines; " + known(dependency.app()));
                }
            }
        }
        Set<Key> done = new HashSet<>();
        for (Key key : nodes.keySet()) {
            visit(key, done, new LinkedHashSet<>());
        }
    }

    private void visit(Key key, Set<Key> done, LinkedHashSet<Key> path) {
        if (done.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            List<Key> circle = new ArrayList<>(path);
            circle = circle.subList(circle.indexOf(key), circle.size());
            throw new MigrationError("the migrations depend on each other in a circle: " + circle + " -> " + key);
        }
        Migration migration = nodes.get(key);
        for (Key dependency : new TreeSet<>(migration.dependencies())) {
            visit(dependency, done, path);
        }
        path.remove(key);
        done.add(key);
        order.add(migration);
    }

    private String known(String app) {
        List<String> names = nodes.keySet().stream().filter(k -> k.app().equals(app)).map(Key::name).toList();
        return names.isEmpty()
                ? "app '" + app + "' has no migrations"
                : "app '" + app + "' has: " + String.join(
                        ", ", names);
    }

    /** Every migration, each after those it depends on. */
    public List<Migration> order() {
        return List.copyOf(order);
    }

    /** The apps that have migrations. */
    public Set<String> apps() {
        Set<String> apps = new TreeSet<>();
        nodes.keySet().forEach(k -> apps.add(k.app()));
        return apps;
    }

    /**
     * Refuses an app that has no migrations.
     *
     * @throws MigrationError naming the apps that have some
     */
    public void requireApp(String app) {
        if (!apps().contains(app)) {
            throw new MigrationError("app '" + app + "' has no migrations; apps with migrations: " + apps());
        }
    }

    /** An app's migrations, in order. */
    public List<Migration> migrations(String app) {
        return order.stream().filter(m -> m.app().equals(app)).toList();
    }

    /** The migration of this key, or null. */
    public Migration find(Key key) {
        return nodes.get(key);
    }

    /**
     * The migration of an app whose name is {@code name} or begins with it ({@code 0002}).
     *
     * @throws MigrationError when none or several match, listing the app's migrations
     */
    public Migration find(String app, String name) {
        Migration exact = nodes.get(new Key(app, name));
        if (exact != null) {
            return exact;
        }
        List<Migration> matches = migrations(app).stream().filter(m -> m.name().startsWith(name)).toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        if (matches.isEmpty()) {
            throw new MigrationError("app '" + app + "' has no migration named '" + name + "'; " + known(app));
        }
        throw new MigrationError("more than one migration of app '" + app + "' begins with '" + name + "': "
                + matches.stream().map(Migration::name).toList());
    }

    /** The migrations of an app that no other of the same app depends on: one, unless two branches met. */
    public List<Key> leaves(String app) {
        Set<Key> parents = new HashSet<>();
        migrations(app).forEach(m -> parents.addAll(m.dependencies()));
        return migrations(app).stream().map(Migration::key).filter(k -> !parents.contains(k)).toList();
    }

    /** The apps with more than one leaf, and their leaves. */
    public Map<String, List<Key>> conflicts() {
        Map<String, List<Key>> conflicts = new TreeMap<>();
        for (String app : apps()) {
            List<Key> leaves = leaves(app);
            if (leaves.size() > 1) {
                conflicts.put(app, leaves);
            }
        }
        return conflicts;
    }

    /**
     * Refuses conflicting migrations, saying how to mend them.
     *
     * @throws MigrationError naming each app's leaves
     */
    public void checkConflicts() {
        Map<String, List<Key>> conflicts = conflicts();
        if (conflicts.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Conflicting migrations were found:");
        conflicts.forEach((app, leaves) -> message.append("\n  app '").append(app).append("' ends in ").append(leaves
                .size()).append(" migrations that do not depend on each other: ").append(leaves.stream().map(
                        Key::name).toList()));
        message.append("\nTo fix it, make one depend on the other: add [\"<app>\", \"<other>\"] to its "
                + "\"dependencies\" (after checking their operations do not clash), or merge them into one file.");
        throw new MigrationError(message.toString());
    }

    /** The migrations {@code key} needs, itself included, each after those it depends on. */
    public List<Migration> ancestors(Key key) {
        Set<Key> needed = new HashSet<>();
        collect(key, needed);
        return order.stream().filter(m -> needed.contains(m.key())).toList();
    }

    private void collect(Key key, Set<Key> needed) {
        if (needed.add(key)) {
            nodes.get(key).dependencies().forEach(d -> collect(d, needed));
        }
    }

    /** The migrations that need {@code key}, itself included, each after those it depends on. */
    public List<Migration> descendants(Key key) {
        Set<Key> found = new HashSet<>();
        found.add(key);
        List<Migration> result = new ArrayList<>();
        for (Migration migration : order) {
            if (migration.key().equals(key) || migration.dependencies().stream().anyMatch(found::contains)) {
                found.add(migration.key());
                result.add(migration);
            }
        }
        return result;
    }

    /** The state after {@code migrations}, replayed in order from nothing. */
    public static ProjectState replay(List<Migration> migrations) {
        ProjectState state = new ProjectState();
        for (Migration migration : migrations) {
            for (Operation operation : migration.operations()) {
                try {
                    operation.apply(migration.app(), state);
                } catch (MigrationError e) {
                    throw new MigrationError(migration.key() + " (" + migration.source() + "): " + operation
                            .describe() + ": " + e.getMessage(), e);
                }
            }
        }
        return state;
    }

    /** The state every migration leaves. */
    public ProjectState state() {
        return replay(order);
    }

    /** The state just before {@code key} is applied: its dependencies', replayed. */
    public ProjectState stateBefore(Key key) {
        List<Migration> before = new ArrayList<>(ancestors(key));
        before.removeIf(m -> m.key().equals(key));
        return replay(before);
    }
}
