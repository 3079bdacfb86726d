package dev.cairn.http;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One part of a multipart/form-data body (RFC 7578 §4): a form field or an uploaded file, with its content held
 * in memory when small and in a temporary file when not ({@link MultipartParser.Builder#memoryThreshold(int)}).
 *
 * <p>
 * Lifecycle: the parser creates the part with all of its content read; the application reads it any number of
 * times through {@link #inputStream()}, {@link #text(Charset)}, {@link #bytes()} or {@link #path()}, or keeps it
 * with {@link #moveTo(Path)}; then {@link #close()} deletes the temporary file. Reading a closed part throws
 * {@link IllegalStateException}. Not thread-safe.
 *
 * <p>
 * The {@link #filename()} is what the client sent. It may hold a path ({@code C:\dir\a.txt}, {@code ../../x}):
 * never use it as a path without reducing it to a safe base name (RFC 7578 §4.2).
 */
public final class Part implements Closeable {
    private final PartHead head;
    private final long size;
    private final boolean inMemory;
    private byte[] bytes;
    private Path path;
    private boolean closed;

    Part(PartHead head, byte[] bytes, Path path, long size) {
        this.head = head;
        this.bytes = bytes;
        this.path = path;
        this.size = size;
        this.inMemory = path == null;
    }

    /** The form field's name, from Content-Disposition's {@code name}. */
    public String name() {
        return head.name();
    }

    /**
     * The uploaded file's name as the client sent it, from {@code filename*} (RFC 8187, when valid) or
     * {@code filename}; null when the part is not a file, and empty when a file input was left empty.
     */
    public String filename() {
        return head.filename();
    }

    /** Whether the part is a file upload: its Content-Disposition has a filename. */
    public boolean isFile() {
        return head.filename() != null;
    }

    /** Every field of the part's header section, in order. */
    public Headers headers() {
        return head.headers();
    }

    /** The part's Content-Type, or {@code text/plain} when it has none (RFC 7578 §4.4). */
    public String contentType() {
        String type = head.headers().first("Content-Type");
        return type == null ? "text/plain" : type;
    }

    /** The content's length in bytes. */
    public long size() {
        return size;
    }

    /** Whether the content is held in memory rather than in a temporary file. */
    public boolean inMemory() {
        return inMemory;
    }

    /**
     * A copy of the content, for a part held in memory.
     *
     * @throws IllegalStateException if the part is in a file (read it with {@link #inputStream()} instead of
     *                               loading a large upload into memory) or closed
     */
    public byte[] bytes() {
        checkOpen();
        if (bytes == null) {
            throw new IllegalStateException("Part '" + name() + "' is in a temporary file; read it with "
                    + "inputStream() or path()");
        }
        return bytes.clone();
    }

    /** The temporary file holding the content, or null when it is in memory; deleted by {@link #close()}. */
    public Path path() {
        checkOpen();
        return path;
    }

    /** A new stream over the content, from memory or from the file; the caller closes it. */
    public InputStream inputStream() throws IOException {
        checkOpen();
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
    }

    /** The content as UTF-8 text; malformed bytes become U+FFFD. */
    public String text() throws IOException {
        return text(StandardCharsets.UTF_8);
    }

    /** The content as text in this charset, read whole into memory; malformed bytes become U+FFFD. */
    public String text(Charset charset) throws IOException {
        checkOpen();
        return bytes != null ? new String(bytes, charset) : new String(Files.readAllBytes(path), charset);
    }

    /**
     * Moves the content to {@code target}, which must not exist: a rename when it is in a file on the same file
     * system, else a copy. The part is closed afterwards.
     */
    public void moveTo(Path target) throws IOException {
        checkOpen();
        if (bytes != null) {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } else {
            Files.move(path, target);
            path = null;
        }
        close();
    }

    /** Deletes the temporary file, if any, and releases the content; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        bytes = null;
        if (path != null) {
            Files.deleteIfExists(path);
            path = null;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Part '" + name() + "' is closed");
        }
    }

    /** The name, filename, type and size; never the content. */
    @Override
    public String toString() {
        return "Part[name=" + name() + (isFile() ? ", filename=" + filename() : "") + ", contentType="
                + contentType() + ", size=" + size + (inMemory ? ", in memory]" : ", in a file]");
    }
}
