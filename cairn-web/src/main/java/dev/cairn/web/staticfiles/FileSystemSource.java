package dev.cairn.web.staticfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds static files in a folder on the file system.
 *
 * <p>
 * Containment is checked twice: lexically on the name ({@code ..}, absolute paths, backslashes, NUL, leftover
 * {@code %}, dotfiles), then on the resolved file, whose real path (every symlink followed) must lie under the root's
 * real path. The second check is what stops a symlink inside the root from pointing at {@code /etc}. A symlink that
 * stays inside the root is followed. The root need not exist yet: an app without static files simply has none.
 */
public final class FileSystemSource implements StaticSource {
    private final Path root;
    private final ContentHashes hashes = new ContentHashes();

    private FileSystemSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Returns a source for the folder {@code root}, which need not exist yet. */
    public static FileSystemSource of(Path root) {
        return new FileSystemSource(Objects.requireNonNull(root, "root"));
    }

    /** Returns the folder this source reads, absolute and normalised. */
    public Path root() {
        return root;
    }

    @Override
    public Optional<StaticFile> find(String relativePath) {
        if (RelativePaths.refusal(relativePath) != null) {
            return Optional.empty();
        }
        try {
            Optional<Path> real = contained(relativePath);
            if (real.isEmpty()) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(real.get(), BasicFileAttributes.class);
            long modified = attributes.lastModifiedTime().toMillis();
            String hash = hashes.hash(real.get(), attributes.size(), modified);
            List<StaticFile.Variant> variants = new ArrayList<>();
            for (Encoding encoding : List.of(Encoding.BROTLI, Encoding.GZIP)) {
                Optional<Path> sibling = contained(relativePath + encoding.suffix());
                if (sibling.isPresent()) {
                    variants.add(new StaticFile.Variant(encoding, sibling.get(), Files.size(sibling.get())));
                }
            }
            return Optional.of(new StaticFile(relativePath, real.get(), attributes.size(),
                    attributes.lastModifiedTime().toInstant(), hash, ContentTypes.of(relativePath), variants));
        } catch (NoSuchFileException e) {
            // Deleted between the check and the read: as good as never there.
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Stream<String> list() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            // Not following links while walking: a linked directory is not descended into, though a linked file
            // that stays inside the root is listed (find() follows it and checks where it lands).
            Stream<Path> walk = Files.walk(root);
            return walk.filter(p -> !p.equals(root))
                    .map(this::relativeName)
                    .filter(name -> RelativePaths.refusal(name) == null)
                    .filter(this::isContainedFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "FileSystemSource[" + root + "]";
    }

    private String relativeName(Path path) {
        // Joined by hand rather than with toString(), whose separator is the platform's.
        return StreamSupport.stream(root.relativize(path).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }

    private boolean isContainedFile(String name) {
        try {
            return contained(name).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns the real path of the regular file {@code name} names, if it exists and lies under the real root. */
    private Optional<Path> contained(String name) throws IOException {
        Path candidate = root.resolve(name);
        if (!Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        Path real = candidate.toRealPath();
        return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
    }
}
