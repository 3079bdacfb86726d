package dev.cairn.web.staticfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Static files from WebJars: front-end libraries (htmx, Alpine.js) packed as jars, added with Maven like any other
 * dependency ({@code org.webjars.npm:htmx.org}).
 *
 * <p>
 * A WebJar keeps its files under {@code META-INF/resources/webjars/<artifact>/<version>/}. The source made here
 * finds that version folder itself and mounts it under {@code <artifact>/}, without the version, so a page links
 * {@code static("htmx.org/dist/htmx.min.js")} and upgrading the jar changes no template. The version is not in
 * the name, so development serves these files with {@code no-cache}; {@link CollectStatic} gives them hashed names
 * for production like any other file.
 *
 * <pre>{@code
 * StaticFinder finder = StaticFinder.builder()
 *         .directory(Path.of("static"))
 *         .source(WebJars.source(loader, "htmx.org"))
 *         .source(WebJars.source(loader, "alpinejs"))
 *         .build();
 * }</pre>
 *
 * <p>
 * The jar is read through {@link ClasspathSource}, so it works from the class path and from the module path alike
 * ({@code META-INF/...} is not a package, so no module hides it).
 */
public final class WebJars {

    /** Where every WebJar keeps its files. */
    public static final String PREFIX = "META-INF/resources/webjars/";

    private WebJars() {}

    /**
     * Returns the files of the WebJar {@code artifact} (its Maven artifact id, {@code htmx.org}), named
     * {@code <artifact>/<path in the version folder>}.
     *
     * @throws IllegalArgumentException when the artifact is not a plain name, or no such WebJar is on the class
     *             path (the message says which dependency to add)
     * @throws IllegalStateException when it is there in more than one version (a dependency conflict to settle)
     */
    public static StaticSource source(ClassLoader loader, String artifact) {
        String version = version(loader, artifact);
        ClasspathSource files = ClasspathSource.of(loader, PREFIX + artifact + "/" + version + "/");
        return new Mounted(artifact + "/", files);
    }

    /**
     * Returns the version of the WebJar {@code artifact} on the class path: the name of the one folder under
     * {@code META-INF/resources/webjars/<artifact>/}.
     *
     * @throws IllegalArgumentException when the artifact is not a plain name or no such WebJar is found
     * @throws IllegalStateException when it is found in more than one version
     */
    public static String version(ClassLoader loader, String artifact) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(artifact, "artifact");
        if (RelativePaths.refusal(artifact) != null || artifact.contains("/")) {
            throw new IllegalArgumentException("a WebJar is named by its artifact id, such as \"htmx.org\"");
        }
        TreeSet<String> versions = new TreeSet<>();
        for (Path root : ClasspathSource.of(loader, PREFIX + artifact).roots()) {
            try (Stream<Path> children = Files.list(root)) {
                children.filter(Files::isDirectory).map(WebJars::folderName).forEach(versions::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the WebJar folder " + root, e);
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("No WebJar '" + artifact + "' on the class path; add the "
                    + "dependency org.webjars.npm:" + artifact + " (or org.webjars:" + artifact + ")");
        }
        if (versions.size() > 1) {
            throw new IllegalStateException("The WebJar '" + artifact + "' is on the class path in versions "
                    + versions + "; keep one (mvn dependency:tree shows who brings each)");
        }
        return versions.first();
    }

    /** A folder's own name; a zip file system's folder paths end with '/', which {@code getFileName} keeps. */
    private static String folderName(Path folder) {
        String name = folder.getFileName().toString();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /** A source whose names all start with {@code mount}, which is taken off before asking the inner source. */
    private record Mounted(String mount, StaticSource files) implements StaticSource {
        @Override
        public Optional<StaticFile> find(String relativePath) {
            if (relativePath == null || !relativePath.startsWith(mount)) {
                return Optional.empty();
            }
            return files.find(relativePath.substring(mount.length()))
                    .map(f -> new StaticFile(mount + f.name(), f.path(), f.size(), f.lastModified(), f.hash(),
                            f.contentType(), f.variants()));
        }

        @Override
        public Stream<String> list() {
            return files.list().map(mount::concat);
        }

        @Override
        public String toString() {
            return "WebJar[" + mount + " " + files + "]";
        }
    }
}
