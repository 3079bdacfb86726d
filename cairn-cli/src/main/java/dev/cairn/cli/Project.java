package dev.cairn.cli;

import dev.cairn.db.Databases;
import dev.cairn.db.Model;
import dev.cairn.db.migrations.MigrationSource;
import dev.cairn.db.migrations.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the command line needs to know of a site: its models (each names its app, {@code @Table(app = ...)} or its
 * package), where its migration files are, and its databases.
 *
 * <pre>{@code
 * Project project = Project.builder()
 *         .models(Post.class, Comment.class)
 *         .migrationsFolder(Path.of("src/main/resources/migrations"))
 *         .build();
 * System.exit(Cairn.run(project, args));
 * }</pre>
 *
 * Migrations are read from the folder when it exists (development, where {@code makemigrations} writes them), and
 * otherwise from the class path's {@code migrations} resources (the site's jar in production); the apps that
 * libraries bring in their jars ({@code migrations/sessions}, {@code migrations/auth}) come from the class path
 * either way, for the apps whose models the project lists. The databases are
 * opened when a command first needs them: by default from the environment ({@code DATABASE_URL}, else SQLite in
 * {@code db.sqlite3}).
 */
public final class Project {

    private final List<Class<? extends Model>> models;
    private final Path folder;
    private final String resource;
    private final Supplier<Databases> databases;
    private final List<Function<Project, Object>> commands;
    private Databases opened;

    private Project(Builder builder) {
        this.models = List.copyOf(builder.models);
        this.folder = builder.folder;
        this.resource = builder.resource;
        this.databases = builder.databases;
        this.commands = List.copyOf(builder.commands);
    }

    /** A builder with the defaults above. */
    public static Builder builder() {
        return new Builder();
    }

    /** The models. */
    public List<Class<? extends Model>> models() {
        return models;
    }

    /** The folder migration files are written to. */
    public Path migrationsFolder() {
        return folder;
    }

    /**
     * The project's migrations: its own apps' from the folder when it exists, and every other app's (those the
     * libraries bring, as contrib's {@code sessions} and {@code auth}) from the class path.
     */
    public Migrations migrations() {
        MigrationSource classpath = MigrationSource.classpath(classLoader(), resource);
        MigrationSource source = Files.isDirectory(folder)
                ? MigrationSource.overlaid(MigrationSource.folder(folder), classpath)
                : classpath;
        return new Migrations(models, source, folder);
    }

    /** The databases, opened on first use. */
    public synchronized Databases databases() {
        if (opened == null) {
            opened = databases.get();
        }
        return opened;
    }

    /** The subcommands modules above the command line added, made for this project. */
    List<Object> commands() {
        return commands.stream().map(factory -> factory.apply(this)).toList();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Project.class.getClassLoader();
    }

    /** Builds a {@link Project}. */
    public static final class Builder {
        private final List<Class<? extends Model>> models = new ArrayList<>();
        private Path folder = Path.of("src", "main", "resources", "migrations");
        private String resource = "migrations";
        private Supplier<Databases> databases = () -> Databases.fromEnvironment(System.getenv());
        private final List<Function<Project, Object>> commands = new ArrayList<>();

        private Builder() {}

        /** Adds models. */
        @SafeVarargs
        public final Builder models(Class<? extends Model>... types) {
            models.addAll(List.of(types));
            return this;
        }

        /** Adds models. */
        public Builder models(List<Class<? extends Model>> types) {
            models.addAll(types);
            return this;
        }

        /** The folder migration files are read from and written to; {@code src/main/resources/migrations}. */
        public Builder migrationsFolder(Path path) {
            this.folder = Objects.requireNonNull(path, "path");
            return this;
        }

        /** The class path resource folder read when the folder does not exist; {@code migrations}. */
        public Builder migrationsResource(String root) {
            this.resource = Objects.requireNonNull(root, "root");
            return this;
        }

        /** Where the databases come from; the environment's by default. */
        public Builder databases(Supplier<Databases> supplier) {
            this.databases = Objects.requireNonNull(supplier, "supplier");
            return this;
        }

        /**
         * Adds a subcommand brought by a module above the command line, such as contrib's {@code clearsessions}:
         * {@code factory} makes a picocli {@code @Command} object for the project each time the command line runs
         * (its package opened to {@code info.picocli}). This is the command line's one extension point: it knows
         * no such command by name, so it depends on nothing above {@code cairn-db}, and the modules that bring
         * commands depend on it, as the arrows point. A command prints through picocli's
         * {@code spec.commandLine().getOut()}; a {@code DatabaseException}, {@code MigrationError} or
         * {@code IllegalArgumentException} it throws is reported as {@code error: ...} with exit code 1.
         */
        public Builder command(Function<Project, Object> factory) {
            commands.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** The project. */
        public Project build() {
            return new Project(this);
        }
    }
}
