package dev.cairn.web.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds the source lines around a stack frame for the debug page, as Django's technical 500 page does.
 *
 * <p>
 * The source roots are the working folder's {@code src/main/java} and {@code src/test/java}, those of each folder
 * directly below it (the modules of a multi-module project), and any listed in the {@code SOURCE_ROOTS} setting
 * (relative to the working folder, or absolute). A frame's file is its class's package path and the file name the
 * frame gives ({@code dev/cairn/blog/PostView.java}); the first root holding it wins. Where a file was found is
 * remembered; its lines are read again only when it changes, so an edit shows on the next error.
 */
final class SourceExcerpts {

    /** Lines shown on each side of the line at fault. */
    static final int CONTEXT = 5;

    private final List<Path> roots;
    private final ConcurrentHashMap<String, Optional<Path>> found = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Path, Read> reads = new ConcurrentHashMap<>();

    /** A file's lines as read at one modification time. */
    private record Read(FileTime modified, List<String> lines) {}

    SourceExcerpts(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The roots for a project run from {@code workingFolder}, with the extra roots a setting lists. */
    static SourceExcerpts forProject(Path workingFolder, List<String> extraRoots) {
        List<Path> roots = new ArrayList<>();
        addStandardRoots(roots, workingFolder);
        try (Stream<Path> children = Files.list(workingFolder)) {
            children.filter(Files::isDirectory).sorted().forEach(module -> addStandardRoots(roots, module));
        } catch (IOException | UncheckedIOException e) {
            // An unreadable folder has no sources to show; the page shows frames without excerpts.
        }
        for (String extra : extraRoots) {
            Path root = workingFolder.resolve(extra);
            if (Files.isDirectory(root)) {
                roots.add(root);
            }
        }
        return new SourceExcerpts(roots);
    }

    private static void addStandardRoots(List<Path> roots, Path folder) {
        for (String standard : List.of("src/main/java", "src/test/java")) {
            Path root = folder.resolve(standard);
            if (Files.isDirectory(root)) {
                roots.add(root);
            }
        }
    }

    /** The roots searched, in order. */
    List<Path> roots() {
        return roots;
    }

    /** The source file a frame's code is in, if one of the roots holds it. */
    Optional<Path> find(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || file.contains("/") || file.contains("\\")) {
            return Optional.empty();
        }
        String className = frame.getClassName();
        int dot = className.lastIndexOf('.');
        String relative = (dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/") + file;
        return found.computeIfAbsent(relative,
                r -> roots.stream().map(root -> root.resolve(r)).filter(Files::isRegularFile).findFirst());
    }

    /** The lines around a frame's line, if its source is found and holds that line. */
    Optional<Excerpt> excerpt(StackTraceElement frame) {
        if (frame.getLineNumber() <= 0) {
            return Optional.empty();
        }
        return find(frame).flatMap(this::lines).flatMap(lines -> Excerpt.around(lines, frame.getLineNumber()));
    }

    private Optional<List<String>> lines(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Read read = reads.get(file);
            if (read == null || !read.modified().equals(modified)) {
                read = new Read(modified, Files.readAllLines(file, StandardCharsets.UTF_8));
                reads.put(file, read);
            }
            return Optional.of(read.lines());
        } catch (IOException e) {
            // Unreadable, or not UTF-8 (MalformedInputException): the frame is shown without its lines.
            return Optional.empty();
        }
    }

    /**
     * Some numbered lines of a file, one of them at fault.
     *
     * @param firstLine the 1-based number of the first line shown
     * @param line the 1-based number of the line at fault
     * @param lines the lines shown
     */
    record Excerpt(int firstLine, int line, List<String> lines) {

        /** The lines within {@link #CONTEXT} of {@code line}, or empty when the text is shorter than that line. */
        static Optional<Excerpt> around(List<String> all, int line) {
            if (line < 1 || line > all.size()) {
                return Optional.empty();
            }
            int from = Math.max(1, line - CONTEXT);
            int to = Math.min(all.size(), line + CONTEXT);
            return Optional.of(new Excerpt(from, line, List.copyOf(all.subList(from - 1, to))));
        }

        /** Writes the lines as a numbered list, the line at fault highlighted. */
        void writeTo(Html html) {
            html.raw("<ol class=\"source\" start=\"" + firstLine + "\">");
            for (int i = 0; i < lines.size(); i++) {
                html.open("li", firstLine + i == line ? "here" : null).text(lines.get(i)).close("li");
            }
            html.close("ol");
        }
    }
}
