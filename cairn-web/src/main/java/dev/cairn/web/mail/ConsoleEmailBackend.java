package dev.cairn.web.mail;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Writes each message, as a mail server would receive it, to a stream (standard output by default), followed by a
 * line of dashes (Django's {@code console} backend): for development, where a password reset link is read off the
 * terminal. Not for production: the links it prints are keys to accounts.
 */
public final class ConsoleEmailBackend implements EmailBackend {

    private static final String SEPARATOR = "-".repeat(79);

    private final PrintStream out;
    private final Clock clock;

    /** Writes to standard output. */
    public ConsoleEmailBackend() {
        this(System.out, Clock.systemUTC());
    }

    /** Writes to {@code out}, dating messages by {@code clock}. */
    public ConsoleEmailBackend(PrintStream out, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int send(List<EmailMessage> messages) {
        // One message's lines are not interleaved with another thread's.
        synchronized (out) {
            for (EmailMessage message : messages) {
                out.print(MimeWriter.write(message, clock.instant()).replace("\r\n", System.lineSeparator()));
                out.println(SEPARATOR);
            }
            out.flush();
        }
        EmailBackend.record(this, messages);
        return messages.size();
    }
}
