package dev.cairn.web.staticfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds static files under a resource prefix of a class loader, such as a WebJar's
 * {@code META-INF/resources/webjars/}.
 *
 * <p>
 * Every classpath entry holding the prefix becomes a root, in class loader order: a folder as it is, a jar through
 * the JDK's zip file system. Each root is then a {@link FileSystemSource}, so names are checked exactly as on disk.
 * The roots are found once, when the source is made; a jar is opened then and stays open, as the class loader keeps
 * it open too. A jar is found only if it has an entry for the prefix folder itself, as jar tools write; one built
 * without folder entries is invisible to {@link ClassLoader#getResources} and so to this source. {@code META-INF/...} is not a package, so module encapsulation does not hide it.
 */
public final class ClasspathSource implements StaticSource {
    private final String prefix;
    private final List<FileSystemSource> roots;

    private ClasspathSource(String prefix, List<FileSystemSource> roots) {
        this.prefix = prefix;
        this.roots = List.copyOf(roots);
    }

    /**
     * Returns a source for every entry of {@code loader}'s classpath that holds the folder {@code prefix}
     * ({@code META-INF/resources/webjars/}, trailing slash optional); throws {@link UncheckedIOException} when a
     * jar cannot be opened.
     */
    public static ClasspathSource of(ClassLoader loader, String prefix) {
        Objects.requireNonNull(loader, "loader");
        String folder = prefix.endsWith("/") ? prefix : prefix + "/";
        RelativePaths.require(folder.substring(0, folder.length() - 1));
        List<FileSystemSource> roots = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                roots.add(FileSystemSource.of(pathOf(url.toURI())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static resources under " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("class loader returned an unusable URL for " + folder, e);
        }
        return new ClasspathSource(folder, roots);
    }

    /** Returns the folders, on disk or inside jars, that this source reads, in class loader order. */
    public List<Path> roots() {
        return roots.stream().map(FileSystemSource::root).toList();
    }

    @Override
    public Optional<StaticFile> find(String relativePath) {
        for (FileSystemSource root : roots) {
            Optional<StaticFile> found = root.find(relativePath);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public Stream<String> list() {
        // Concatenated lazily so each root's walk is closed with the returned stream.
        return roots.stream().flatMap(FileSystemSource::list).distinct();
    }

    @Override
    public String toString() {
        return "ClasspathSource[" + prefix + ", " + roots.size() + " roots]";
    }

    /** Returns the path a resource URI names: a file as it is, a {@code jar:} entry in the jar's file system. */
    private static Path pathOf(URI uri) throws IOException {
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        try {
            return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
        } catch (FileSystemAlreadyExistsException e) {
            // Opened before, by this class or another user of the same jar.
            return FileSystems.getFileSystem(uri).provider().getPath(uri);
        }
    }
}
