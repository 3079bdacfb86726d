package dev.cairn.web.mail;

import dev.cairn.journey.Journey;
import java.util.List;

/**
 * Where a site's email goes (Django's email backends): {@link SmtpEmailBackend} to a mail server,
 * {@link ConsoleEmailBackend} to standard output in development, {@link InMemoryEmailBackend} to an outbox a test
 * reads. {@link Emails#create} picks one from {@code EMAIL_BACKEND}.
 *
 * <p>
 * A backend is shared between threads. Sending is synchronous: {@link #send(List)} returns once the messages are
 * handed over, or throws {@link MailException}.
 */
public interface EmailBackend {

    /**
     * Sends the messages, in order.
     *
     * @return how many were sent
     * @throws MailException when they could not be handed over; none after the failing one is sent
     */
    int send(List<EmailMessage> messages);

    /** Sends one message; see {@link #send(List)}. */
    default int send(EmailMessage message) {
        return send(List.of(message));
    }

    /** The backend's name, for the journey: its class's simple name. */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Records on the journey's {@code mail} layer that messages were sent: how many, to how many recipients, and
     * their subjects, never their bodies (a password reset link is a key to an account).
     */
    static void record(EmailBackend backend, List<EmailMessage> messages) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("mail", "sent", "backend", backend.name(), "messages", messages.size(), "recipients",
                    messages.stream().mapToInt(m -> m.recipients().size()).sum(), "subjects", messages.stream().map(
                            EmailMessage::subject).toList());
        }
    }
}
