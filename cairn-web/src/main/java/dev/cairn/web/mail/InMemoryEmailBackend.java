package dev.cairn.web.mail;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every message in an outbox instead of sending it (Django's {@code locmem} backend and
 * {@code mail.outbox}): what tests read. Each message is written out as it would be sent, so a message a mail server
 * would not take fails here too.
 */
public final class InMemoryEmailBackend implements EmailBackend {

    private final List<EmailMessage> outbox = new CopyOnWriteArrayList<>();

    /** An empty outbox. */
    public InMemoryEmailBackend() {}

    @Override
    public int send(List<EmailMessage> messages) {
        for (EmailMessage message : messages) {
            MimeWriter.write(message, Instant.now());
            outbox.add(message);
        }
        EmailBackend.record(this, messages);
        return messages.size();
    }

    /** The messages sent so far, oldest first. */
    public List<EmailMessage> outbox() {
        return List.copyOf(outbox);
    }

    /** Empties the outbox. */
    public void clear() {
        outbox.clear();
    }
}
