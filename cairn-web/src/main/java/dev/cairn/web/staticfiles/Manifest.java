package dev.cairn.web.staticfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps each logical static file name to its content-hashed name, as written by {@link CollectStatic} into
 * {@code staticfiles.json}.
 *
 * <p>
 * The file has Django's {@code ManifestStaticFilesStorage} shape, so tools that read one read the other:
 *
 * <pre>
 * {"paths": {"css/app.css": "css/app.3f2a9c1e.css"}, "version": 1}
 * </pre>
 *
 * @param paths
 *            logical name to hashed name, both relative and {@code /}-separated
 */
public record Manifest(Map<String, String> paths) {
    /** The file name the manifest is written under, in the collect destination. */
    public static final String FILE_NAME = "staticfiles.json";

    /** The format version this class reads and writes. */
    public static final int VERSION = 1;

    /** Copies the paths, sorted by name so the written file is stable from run to run. */
    public Manifest {
        paths = Collections.unmodifiableMap(new TreeMap<>(paths));
    }

    /** Returns the hashed name for the logical name {@code name}, or empty when the manifest does not list it. */
    public Optional<String> hashedName(String name) {
        return Optional.ofNullable(paths.get(name));
    }

    /**
     * Reads the manifest at {@code file}, the {@value #FILE_NAME} in a collect destination; throws
     * {@link IllegalArgumentException} when it is not a version-{@value #VERSION} manifest.
     */
    public static Manifest load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static files manifest " + file, e);
        }
    }

    /** Parses manifest JSON; throws {@link IllegalArgumentException} when it is not a version-1 manifest. */
    public static Manifest parse(String json) {
        if (!(ManifestJson.parse(json) instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("static files manifest is not a JSON object");
        }
        if (!(root.get("version") instanceof BigDecimal version)
                || version.compareTo(BigDecimal.valueOf(VERSION)) != 0) {
            throw new IllegalArgumentException("static files manifest version is not " + VERSION);
        }
        if (!(root.get("paths") instanceof Map<?, ?> paths)) {
            throw new IllegalArgumentException("static files manifest has no \"paths\" object");
        }
        Map<String, String> copy = new TreeMap<>();
        for (Map.Entry<?, ?> entry : paths.entrySet()) {
            if (!(entry.getValue() instanceof String hashed)) {
                throw new IllegalArgumentException("static files manifest maps a name to a non-string");
            }
            copy.put((String) entry.getKey(), hashed);
        }
        return new Manifest(copy);
    }

    /** Returns the manifest as JSON, one path per line, sorted, ending in a newline. */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\"paths\": {");
        String separator = "\n";
        for (Map.Entry<String, String> entry : paths.entrySet()) {
            out.append(separator).append("  ").append(ManifestJson.quote(entry.getKey())).append(": ")
                    .append(ManifestJson.quote(entry.getValue()));
            separator = ",\n";
        }
        out.append(paths.isEmpty() ? "" : "\n").append("}, \"version\": ").append(VERSION).append("}\n");
        return out.toString();
    }

    /**
     * Writes the manifest to {@code file}, replacing it atomically where the file system can, so that a server
     * reading it during a deploy sees the old manifest or the new one, never half of one.
     */
    public void write(Path file) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write static files manifest " + file, e);
        }
    }
}
