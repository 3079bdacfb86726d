package dev.cairn.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Collects one part's content as the reader finds it: in memory up to the parser's threshold, then in a temporary
 * file, which the finished {@link Part} owns.
 *
 * <p>
 * Lifecycle:
 * <ol>
 * <li>The reader calls {@link #write} with each run of content, in order; the part size limit is checked
 * here.</li>
 * <li>The first write that would take the content past the threshold creates the temporary file, copies the
 * bytes held so far into it, and sends all later content there.</li>
 * <li>{@link #finish} closes the file and hands the content to a new {@link Part}; or {@link #discard} deletes
 * the file when the body turned out malformed or the reader is closed early.</li>
 * </ol>
 */
final class PartSink {
    private final MultipartParser config;
    private byte[] memory = new byte[0];
    private long size;
    private Path file;
    private OutputStream out;

    PartSink(MultipartParser config) {
        this.config = config;
    }

    /** Appends {@code b[off, off + len)} to the content. */
    void write(byte[] b, int off, int len) throws IOException, HttpException {
        if (size + len > config.maxPartSize()) {
            throw new HttpException(413, "Multipart part too large");
        }
        if (out == null && size + len > config.memoryThreshold()) {
            spill();
        }
        if (out != null) {
            out.write(b, off, len);
        } else {
            if (size + len > memory.length) {
                long grown = Math.max(size + len, Math.max(memory.length * 2L, 1024));
                memory = Arrays.copyOf(memory, (int) Math.min(grown, config.memoryThreshold()));
            }
            System.arraycopy(b, off, memory, (int) size, len);
        }
        size += len;
    }

    private void spill() throws IOException {
        Path dir = config.tempDirectory();
        file = dir == null
                ? Files.createTempFile("cairn-multipart-", ".tmp")
                : Files.createTempFile(dir, "cairn-multipart-", ".tmp");
        out = Files.newOutputStream(file);
        out.write(memory, 0, (int) size);
        memory = null;
    }

    /** The finished part, which from now on owns any temporary file. */
    Part finish(PartHead head) throws IOException {
        if (out == null) {
            byte[] bytes = size == memory.length ? memory : Arrays.copyOf(memory, (int) size);
            return new Part(head, bytes, null, size);
        }
        out.close();
        return new Part(head, null, file, size);
    }

    /** Deletes the temporary file, if one was made; safe to call more than once. */
    void discard() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // the file is deleted next, so nothing written to it matters
        }
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // best effort: a temporary file left in the temp directory is the operating system's to clean
        }
        out = null;
        file = null;
    }
}
