package dev.cairn.server.internal;

import dev.cairn.gateway.ResponseBody;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Sends a {@link ResponseBody.File} region. Over plain TCP it hands the copy to the kernel
 * ({@link FileChannel#transferTo}, sendfile on Linux); over TLS, a Unix socket or in-memory streams it copies
 * through the output buffer, so a small file still leaves in the same write as its head.
 *
 * <p>
 * Lifecycle: {@link #open} before the head is written (a missing file is then still a clean 500), {@link #send}
 * after it, {@link #close} always.
 */
final class FileSender {
    private static final System.Logger LOG = System.getLogger("dev.cairn.server");
    private static final int COPY = 16 * 1024;

    private final ConnectionOutput output;
    private final WritableByteChannel target;
    private FileChannel channel;

    /** A sender writing to {@code output}, or straight to {@code target} (null: always copy). */
    FileSender(ConnectionOutput output, WritableByteChannel target) {
        this.output = output;
        this.target = target;
    }

    /** Opens the file and checks the region lies within it; false (logged) when it cannot be sent. */
    boolean open(ResponseBody.File file) {
        try {
            channel = FileChannel.open(file.path());
            if (file.offset() + file.length() > channel.size()) {
                LOG.log(Level.ERROR, "the file region of a response lies past the file's end; answering 500");
                close();
                return false;
            }
            return true;
        } catch (IOException | SecurityException e) {
            LOG.log(Level.ERROR, "cannot open the file of a response; answering 500", e);
            close();
            return false;
        }
    }

    /** Sends the region opened; returns how many bytes went, fewer than asked if the file shrank. */
    long send(ResponseBody.File file) throws IOException {
        long pos = file.offset();
        long end = pos + file.length();
        if (target != null && pos < end) {
            output.flush();
            while (pos < end) {
                long n = channel.transferTo(pos, end - pos, target);
                if (n <= 0) {
                    break; // the target would not take a direct transfer now: copy the rest
                }
                pos += n;
            }
        }
        byte[] chunk = pos < end ? new byte[(int) Math.min(COPY, end - pos)] : null;
        while (pos < end) {
            int n = channel.read(ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, end - pos)), pos);
            if (n <= 0) {
                break;
            }
            output.write(chunk, 0, n);
            pos += n;
        }
        return pos - file.offset();
    }

    /** Closes the file, if open. */
    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a response's file failed", e);
            }
            channel = null;
        }
    }
}
