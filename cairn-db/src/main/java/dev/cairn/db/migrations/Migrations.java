package dev.cairn.db.migrations;

import dev.cairn.db.Database;
import dev.cairn.db.Model;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.migrations.Migration.Key;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A project's migrations: its models, where their files are read from, and the folder new files are written to.
 * What the {@code makemigrations}, {@code migrate}, {@code showmigrations} and {@code sqlmigrate} commands do, for
 * code that runs them without the command line (a test, a site that migrates as it starts).
 *
 * <pre>{@code
 * Migrations migrations = new Migrations(List.of(Author.class, Book.class),
 *         MigrationSource.folder(Path.of("src/main/resources/migrations")), Path.of("src/main/resources/migrations"));
 * migrations.makeMigrations(Set.of(), null, List.of(), false);      // writes library/0001_initial.json
 * migrations.migrator(database, Progress.NONE).migrate(null, null);  // applies it
 * }</pre>
 */
public final class Migrations {

    private static final int NAME_LENGTH = 50;

    private final List<ModelMeta<?>> models;
    private final MigrationSource source;
    private final Path folder;

    /**
     * A project's migrations.
     *
     * @param models the project's models
     * @param source where the files are read from
     * @param folder where new files are written ({@code <folder>/<app>/<name>.json}); null where none are written
     */
    public Migrations(List<Class<? extends Model>> models, MigrationSource source, Path folder) {
        this.models = models.stream().<ModelMeta<?>>map(Models::meta).toList();
        this.source = source;
        this.folder = folder;
    }

    /** The models' apps and the apps that have migrations. */
    public Set<String> apps() {
        Set<String> apps = new TreeSet<>();
        models.forEach(m -> apps.add(m.app()));
        apps.addAll(graph().apps());
        return apps;
    }

    /**
     * The project's apps, as Django's {@code INSTALLED_APPS}: those of its models, and those with a folder of files
     * in {@link #folder}. Only their migrations are read, written and applied: an app whose migrations a library's
     * jar brings (contrib's {@code sessions}) is installed by listing its models, and a project that does not list
     * them neither gets their tables nor deletes them.
     */
    private Set<String> ownApps() {
        Set<String> own = new TreeSet<>();
        models.forEach(m -> own.add(m.app()));
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            try (var entries = java.nio.file.Files.list(folder)) {
                entries.filter(java.nio.file.Files::isDirectory).forEach(app -> own.add(app.getFileName()
                        .toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot list the migrations in " + folder, e);
            }
        }
        return own;
    }

    /** The migration files of the project's apps, read and checked. */
    public MigrationGraph graph() {
        Set<String> own = ownApps();
        return new MigrationGraph(source.load().stream().filter(m -> own.contains(m.app())).toList());
    }

    /** A migrator of {@code database}. */
    public Migrator migrator(Database database, Progress progress) {
        return new Migrator(database, graph(), progress);
    }

    /**
     * A migration written, or that would be.
     *
     * @param migration the migration
     * @param path      its file
     */
    public record Written(Migration migration, Path path) {}

    /**
     * Compares the models with the state the files record and writes a migration for each app that changed (or an
     * empty one for each of {@code apps} when {@code empty}, to hold a {@code RunJava}).
     *
     * @param apps    the apps to look at; all when empty
     * @param name    the new migrations' name after the number, or null for one made from the operations
     * @param renames rename hints, {@code app.Model.old=new}
     * @param dryRun  true to write nothing
     * @return what was written; empty when nothing changed
     * @throws MigrationError for an unknown app, conflicting migrations, or a relation to an app left out
     */
    public List<Written> makeMigrations(Set<String> apps, String name, List<String> renames, boolean dryRun) {
        return make(apps, name, renames, dryRun, false);
    }

    /** An empty migration for each of {@code apps}, for a data migration to be written into. */
    public List<Written> makeEmpty(Set<String> apps, String name, boolean dryRun) {
        if (apps.isEmpty()) {
            throw new MigrationError("an empty migration needs the app it is for");
        }
        return make(apps, name, List.of(), dryRun, true);
    }

    /**
     * Refuses apps that are not the project's.
     *
     * @throws MigrationError naming the project's apps
     */
    public void requireApps(java.util.Collection<String> names) {
        Set<String> known = apps();
        for (String app : names) {
            if (!known.contains(app)) {
                throw new MigrationError("unknown app '" + app + "'; the project's apps: " + known);
            }
        }
    }

    private List<Written> make(Set<String> apps, String name, List<String> renames, boolean dryRun, boolean empty) {
        requireApps(apps);
        MigrationGraph graph = graph();
        graph.checkConflicts();
        Map<String, List<Operation>> changes = new LinkedHashMap<>();
        if (empty) {
            apps.stream().sorted().forEach(app -> changes.put(app, List.of()));
        } else {
            new Autodetector(graph.state(), models, renames).changes().forEach((app, operations) -> {
                if (apps.isEmpty() || apps.contains(app)) {
                    changes.put(app, operations);
                }
            });
        }
        Map<String, Key> made = new LinkedHashMap<>();
        changes.forEach((app, operations) -> made.put(app, new Key(app, nextName(graph, app, name, operations))));
        List<Written> written = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> entry : changes.entrySet()) {
            String app = entry.getKey();
            Migration migration = new Migration(app, made.get(app).name(), dependencies(graph, app, entry.getValue(),
                    made), entry.getValue(), null);
            Path path = folder == null ? null : folder.resolve(app).resolve(migration.name() + ".json");
            if (!dryRun) {
                write(path, migration);
            }
            written.add(new Written(migration, path));
        }
        return written;
    }

    private static List<Key> dependencies(MigrationGraph graph, String app, List<Operation> operations,
            Map<String, Key> made) {
        Set<Key> dependencies = new TreeSet<>();
        graph.leaves(app).forEach(dependencies::add);
        for (Operation operation : operations) {
            for (String target : targets(operation)) {
                String other = target.substring(0, target.indexOf('.'));
                if (other.equals(app)) {
                    continue;
                }
                if (made.containsKey(other)) {
                    dependencies.add(made.get(other));
                } else if (!graph.leaves(other).isEmpty()) {
                    dependencies.addAll(graph.leaves(other));
                } else {
                    throw new MigrationError(app + "'s " + operation.describe() + " points at " + target
                            + ", whose app has no migrations; make migrations for '" + other + "' too");
                }
            }
        }
        return List.copyOf(dependencies);
    }

    private static List<String> targets(Operation operation) {
        List<FieldState> fields = switch (operation) {
            case Operation.CreateModel create -> create.state().fields();
            case Operation.AddField add -> List.of(add.field());
            case Operation.AlterField alter -> List.of(alter.field());
            default -> List.of();
        };
        List<String> targets = new ArrayList<>();
        for (FieldState field : fields) {
            if (field.target() != null) {
                targets.add(field.target());
            }
            if (field.through() != null) {
                targets.add(field.through());
            }
        }
        return targets;
    }

    /** {@code 0003_book_add_isbn}: the next number of the app, and the given name or one made from the operations. */
    static String nextName(MigrationGraph graph, String app, String name, List<Operation> operations) {
        int number = 0;
        for (Migration migration : graph.migrations(app)) {
            int digits = 0;
            while (digits < migration.name().length() && Character.isDigit(migration.name().charAt(digits))) {
                digits++;
            }
            if (digits > 0) {
                number = Math.max(number, Integer.parseInt(migration.name().substring(0, digits)));
            }
        }
        String suffix = name != null ? name : number == 0 ? "initial" : autoName(operations);
        return String.format("%04d_%s", number + 1, suffix);
    }

    private static String autoName(List<Operation> operations) {
        List<String> parts = new ArrayList<>();
        for (Operation operation : operations) {
            String model = operation.model() == null ? "" : operation.model().toLowerCase(java.util.Locale.ROOT);
            parts.add(switch (operation) {
                case Operation.CreateModel c -> model;
                case Operation.DeleteModel d -> "delete_" + model;
                case Operation.AddField a -> model + "_add_" + a.field().name();
                case Operation.RemoveField r -> model + "_remove_" + r.field();
                case Operation.AlterField a -> model + "_alter_" + a.field().name();
                case Operation.RenameField r -> model + "_rename_" + r.from() + "_" + r.to();
                case Operation.AddIndex a -> model + "_add_index";
                case Operation.RemoveIndex r -> model + "_remove_index";
                case Operation.AddConstraint a -> model + "_add_constraint";
                case Operation.RemoveConstraint r -> model + "_remove_constraint";
                case Operation.RenameModel r -> "rename_" + r.from() + "_" + model;
                case Operation.RunJava r -> "run_java";
            });
        }
        String joined = String.join("_", parts).toLowerCase(java.util.Locale.ROOT);
        return !joined.isEmpty() && joined.length() <= NAME_LENGTH
                ? joined
                : "auto_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmm"));
    }

    private static void write(Path path, Migration migration) {
        if (path == null) {
            throw new MigrationError("no migrations folder to write " + migration.key() + " into");
        }
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, MigrationFile.write(migration), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
