package dev.cairn.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The backend the settings name, and the console and in-memory backends. */
class EmailsTest {

    private static Settings settings(String... keysAndValues) {
        Settings.Builder builder = Settings.builder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.set(keysAndValues[i], keysAndValues[i + 1]);
        }
        return builder.build();
    }

    private static EmailMessage message() {
        return EmailMessage.builder().subject("Hi").body("Hello\n").from("site@example.com").to("ada@example.com")
                .build();
    }

    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of(settings(), "SmtpEmailBackend[localhost:25]"),
                Arguments.of(settings("EMAIL_BACKEND", "smtp", "EMAIL_HOST", "mail.example.com", "EMAIL_PORT", "587",
                        "EMAIL_USE_TLS", "true", "EMAIL_HOST_USER", "mailer", "EMAIL_HOST_PASSWORD", "pw"),
                        "SmtpEmailBackend[mail.example.com:587, user=mailer, STARTTLS]"),
                Arguments.of(settings("EMAIL_HOST", "mail.example.com", "EMAIL_PORT", "465", "EMAIL_USE_SSL", "yes"),
                        "SmtpEmailBackend[mail.example.com:465, TLS]"),
                Arguments.of(settings("EMAIL_BACKEND", " Console "), "ConsoleEmailBackend"),
                Arguments.of(settings("EMAIL_BACKEND", "memory"), "InMemoryEmailBackend"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void backends(Settings settings, String described) {
        EmailBackend backend = Emails.create(settings);
        assertEquals(described, backend instanceof SmtpEmailBackend ? backend.toString() : backend.name());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(settings("EMAIL_BACKEND", "sendmail"),
                        "EMAIL_BACKEND must be smtp, console or memory, not 'sendmail'"),
                Arguments.of(settings("EMAIL_PORT", "0"), "EMAIL_PORT must be from 1 to 65535, not 0"),
                Arguments.of(settings("EMAIL_PORT", "smtp"), "EMAIL_PORT must be an integer, not 'smtp'"),
                Arguments.of(settings("EMAIL_TIMEOUT", "0"),
                        "EMAIL_TIMEOUT must be a positive number of seconds, not 0"),
                Arguments.of(settings("EMAIL_USE_TLS", "perhaps"),
                        "EMAIL_USE_TLS must be true or false, not 'perhaps'"),
                Arguments.of(settings("EMAIL_USE_TLS", "true", "EMAIL_USE_SSL", "true"),
                        "EMAIL_USE_TLS and EMAIL_USE_SSL are mutually exclusive: set one (STARTTLS on port 587, or "
                                + "TLS from the start on port 465)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void badSettings(Settings settings, String message) {
        assertEquals(message, assertThrows(SettingsException.class, () -> Emails.create(settings)).getMessage());
    }

    @Test
    void theDefaultSenderIsDjangos() {
        assertEquals("webmaster@localhost", Emails.defaultFrom(settings()));
        assertEquals("site@example.com", Emails.defaultFrom(settings("DEFAULT_FROM_EMAIL", "site@example.com")));
    }

    @Test
    void theConsoleShowsEachMessageAsSentAndADashedLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleEmailBackend console = new ConsoleEmailBackend(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        assertEquals(2, console.send(List.of(message(), message())));
        String out = bytes.toString(StandardCharsets.UTF_8);
        String line = System.lineSeparator();
        assertEquals(2, out.split("-".repeat(79) + line, -1).length - 1);
        assertTrue(out.startsWith("Content-Type: text/plain; charset=utf-8" + line), out);
        assertTrue(out.contains("Date: Sun, 22 Nov 2026 10:00:00 GMT" + line + "Message-ID: "), out);
        assertTrue(out.contains(line + line + "Hello" + line + "-".repeat(79)), out);
    }

    @Test
    void theOutboxKeepsMessagesInOrderUntilCleared() {
        InMemoryEmailBackend memory = new InMemoryEmailBackend();
        EmailMessage first = message();
        EmailMessage second = EmailMessage.builder().subject("Second").from("site@example.com").to("b@example.com")
                .build();
        memory.send(first);
        memory.send(List.of(second));
        assertEquals(List.of(first, second), memory.outbox());
        memory.clear();
        assertEquals(List.of(), memory.outbox());
        assertInstanceOf(List.class, memory.outbox());
    }
}
