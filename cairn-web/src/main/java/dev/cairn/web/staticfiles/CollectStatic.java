package dev.cairn.web.staticfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copies every static file from a finder's sources into one folder for a web server or CDN, with content-hashed
 * copies and a manifest: Django's {@code collectstatic} with {@code ManifestStaticFilesStorage}.
 *
 * <p>
 * For each name the first source that has it wins, as in {@link StaticFinder#find}. Each file is written twice:
 * under its own name ({@code css/app.css}) and under a name carrying 8 hex digits of its SHA-256
 * ({@code css/app.3f2a9c1e.css}). The hashed name changes whenever the content does, so it can be cached forever
 * ({@code Cache-Control: immutable}). {@value Manifest#FILE_NAME}, written last, maps one to the other for
 * {@link StaticUrls}.
 *
 * <p>
 * Precompressed siblings ({@code app.css.br}, {@code app.css.gz}) travel with the file they compress, next to both
 * copies, and are not manifest entries of their own. A sibling from a lower-precedence source than its file is
 * dropped: it would be the compressed bytes of a different file.
 *
 * <p>
 * Not done (yet): rewriting {@code url(...)} references inside CSS to hashed names, and deleting files a previous
 * run left behind (Django's {@code --clear}).
 */
public final class CollectStatic {
    private final StaticFinder finder;
    private final Path destination;

    private CollectStatic(StaticFinder finder, Path destination) {
        this.finder = finder;
        this.destination = destination.toAbsolutePath().normalize();
    }

    /** Returns a collector from {@code finder}'s sources into the folder {@code destination}. */
    public static CollectStatic of(StaticFinder finder, Path destination) {
        return new CollectStatic(Objects.requireNonNull(finder, "finder"),
                Objects.requireNonNull(destination, "destination"));
    }

    /**
     * The outcome of a run.
     *
     * @param manifest
     *            the manifest written, one entry per file collected
     * @param copied
     *            how many files were written, hashed copies and precompressed siblings included
     */
    public record Result(Manifest manifest, int copied) {}

    /**
     * Copies the files, writes the manifest and returns both; throws {@link IllegalStateException} when the
     * destination lies inside a source (each run would collect the last one's output) or a source has its own
     * {@value Manifest#FILE_NAME}.
     */
    public Result run() {
        refuseDestinationInsideSource();
        try {
            Files.createDirectories(destination);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create collectstatic destination " + destination, e);
        }
        List<String> names = finder.list();
        Set<String> all = new HashSet<>(names);
        Map<String, String> paths = new TreeMap<>();
        int copied = 0;
        for (String name : names) {
            if (isPrecompressedSibling(name, all)) {
                continue;
            }
            if (name.equals(Manifest.FILE_NAME)) {
                throw new IllegalStateException("a static source has its own " + Manifest.FILE_NAME
                        + ", which collectstatic would overwrite with the manifest; rename it");
            }
            Optional<StaticFile> found = finder.find(name);
            if (found.isEmpty()) {
                // Deleted while collecting.
                continue;
            }
            copied += collect(found.get());
            paths.put(name, found.get().hashedName());
        }
        Manifest manifest = new Manifest(paths);
        manifest.write(destination.resolve(Manifest.FILE_NAME));
        return new Result(manifest, copied);
    }

    private static boolean isPrecompressedSibling(String name, Set<String> all) {
        for (Encoding encoding : List.of(Encoding.BROTLI, Encoding.GZIP)) {
            String suffix = encoding.suffix();
            if (name.endsWith(suffix) && all.contains(name.substring(0, name.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the file and its variants under both names; returns how many files that made. */
    private int collect(StaticFile file) {
        String hashed = file.hashedName();
        copy(file.path(), file.name());
        copy(file.path(), hashed);
        for (StaticFile.Variant variant : file.variants()) {
            copy(variant.path(), file.name() + variant.encoding().suffix());
            copy(variant.path(), hashed + variant.encoding().suffix());
        }
        return 2 + 2 * file.variants().size();
    }

    private void copy(Path from, String name) {
        Path to = destination.resolve(name);
        try {
            Files.createDirectories(to.getParent());
            // Keeping the modification time keeps Last-Modified honest when the copy is served.
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot collect static file " + name, e);
        }
    }

    private void refuseDestinationInsideSource() {
        for (StaticSource source : finder.sources()) {
            if (source instanceof FileSystemSource folder && realOrSelf(destination).startsWith(realOrSelf(folder
                    .root()))) {
                throw new IllegalStateException("collectstatic destination " + destination
                        + " is inside the static source " + folder.root() + "; collect somewhere else");
            }
        }
    }

    private static Path realOrSelf(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }
}
