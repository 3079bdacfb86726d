package dev.cairn.db.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where migration files are: a folder with a folder per app ({@code migrations/<app>/0001_initial.json}), on disk
 * (a project's {@code src/main/resources/migrations}, which {@code makemigrations} writes) or among the class path's
 * resources (the same files packed into the site's jar, which {@code migrate} reads in production, and the apps
 * that libraries bring in theirs, as contrib's {@code sessions} and {@code auth}).
 *
 * <p>
 * An app's migrations come from one place only: the first source, or class path resource, that has the app. So a
 * site's folder holds its own apps while contrib's jar supplies its apps, and a jar listed twice on the class path
 * does not count its migrations twice.
 */
public final class MigrationSource {

    private final String description;
    private final java.util.function.Supplier<List<Migration>> loader;

    private MigrationSource(String description, java.util.function.Supplier<List<Migration>> loader) {
        this.description = description;
        this.loader = loader;
    }

    /** The files in a folder on disk; none when it does not exist yet. */
    public static MigrationSource folder(Path root) {
        return new MigrationSource(root.toString(), () -> Files.isDirectory(root) ? read(root) : List.of());
    }

    /**
     * The files under every resource folder of the class path with that name ({@code migrations}), each in a jar
     * or a folder: the site's own and those of the libraries it uses. None when there is no such resource.
     */
    public static MigrationSource classpath(ClassLoader loader, String root) {
        return new MigrationSource("classpath:" + root, () -> {
            List<List<Migration>> found = new ArrayList<>();
            try {
                for (URL url : Collections.list(loader.getResources(root))) {
                    found.add(readResource(url));
                }
            } catch (IOException e) {
                throw new MigrationError("cannot list the migrations at classpath:" + root + ": " + e.getMessage(), e);
            }
            return firstPerApp(found);
        });
    }

    /**
     * The migrations of {@code sources} together, each app's from the first source that has it: a site's folder
     * first, then the class path for the apps its libraries bring.
     */
    public static MigrationSource overlaid(MigrationSource... sources) {
        List<MigrationSource> all = List.of(sources);
        return new MigrationSource(String.join(", ", all.stream().map(MigrationSource::toString).toList()),
                () -> firstPerApp(all.stream().map(MigrationSource::load).toList()));
    }

    /** Every migration of each app from the first list that has the app, in the order of the lists. */
    private static List<Migration> firstPerApp(List<List<Migration>> lists) {
        Set<String> apps = new HashSet<>();
        List<Migration> migrations = new ArrayList<>();
        for (List<Migration> list : lists) {
            Set<String> here = new HashSet<>();
            for (Migration migration : list) {
                if (!apps.contains(migration.app())) {
                    here.add(migration.app());
                    migrations.add(migration);
                }
            }
            apps.addAll(here);
        }
        return migrations;
    }

    private static List<Migration> readResource(URL url) {
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return read(Path.of(uri));
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return read(jar.provider().getPath(uri));
        } catch (URISyntaxException | IOException e) {
            throw new MigrationError("cannot read the migrations at " + url + ": " + e.getMessage(), e);
        }
    }

    /** Every migration, app by app, each app's in the order of their names. */
    public List<Migration> load() {
        return loader.get();
    }

    @Override
    public String toString() {
        return description;
    }

    private static List<Migration> read(Path root) {
        List<Migration> migrations = new ArrayList<>();
        try (Stream<Path> apps = Files.list(root)) {
            for (Path app : apps.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(app)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                            .toList()) {
                        String fileName = file.getFileName().toString();
                        String name = fileName.substring(0, fileName.length() - ".json".length());
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        migrations.add(MigrationFile.read(app.getFileName().toString().replace("/", ""), name, text,
                                file.toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migrations in " + root, e);
        }
        return migrations;
    }
}
