package dev.cairn.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Messages are checked as they are built: no header injection, real addresses, someone to send to. */
class EmailMessageTest {

    private static EmailMessage.Builder valid() {
        return EmailMessage.builder().subject("Hello").body("Hi").from("site@example.com").to("ada@example.com");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a line break in the subject (header injection)",
                        (UnaryOperator<EmailMessage.Builder>) b -> b.subject("Hi\r\nBcc: victim@example.com"),
                        "Header values can't contain newlines (got a line break in subject)"),
                Arguments.of("a bare LF in the subject", (UnaryOperator<EmailMessage.Builder>) b -> b.subject(
                        "Hi\nX-Spam: yes"), "Header values can't contain newlines (got a line break in subject)"),
                Arguments.of("a line break in the sender", (UnaryOperator<EmailMessage.Builder>) b -> b.from(
                        "site@example.com\nBcc: x@example.com"), "Header values can't contain newlines (got a "
                                + "line break in from)"),
                Arguments.of("a line break in a recipient", (UnaryOperator<EmailMessage.Builder>) b -> b.to(
                        "bob@example.com\r\nSubject: forged"), "Header values can't contain newlines (got a line "
                                + "break in to)"),
                Arguments.of("a line break in a display name", (UnaryOperator<EmailMessage.Builder>) b -> b.cc(
                        "Bob\r\nX: y <bob@example.com>"), "Header values can't contain newlines (got a line break "
                                + "in cc)"),
                Arguments.of("no @", (UnaryOperator<EmailMessage.Builder>) b -> b.to("not-an-address"),
                        "to: 'not-an-address' is not an email address"),
                Arguments.of("nothing before @", (UnaryOperator<EmailMessage.Builder>) b -> b.to("@example.com"),
                        "to: '@example.com' is not an email address"),
                Arguments.of("a space in the local part", (UnaryOperator<EmailMessage.Builder>) b -> b.bcc(
                        "ada lovelace@example.com"), "bcc: 'ada lovelace@example.com' is not an email address"),
                Arguments.of("a non-ASCII local part (needs SMTPUTF8)", (UnaryOperator<EmailMessage.Builder>) b -> b
                        .to("josé@example.com"), "to: 'josé@example.com' is not an email address"),
                Arguments.of("two dots in a row", (UnaryOperator<EmailMessage.Builder>) b -> b.to("a..b@example.com"),
                        "to: 'a..b@example.com' is not an email address"),
                Arguments.of("a domain with a space", (UnaryOperator<EmailMessage.Builder>) b -> b.to(
                        "ada@exa mple.com"), "to: 'ada@exa mple.com' has no valid domain"),
                Arguments.of("a domain label starting with -", (UnaryOperator<EmailMessage.Builder>) b -> b.to(
                        "ada@-example.com"), "to: 'ada@-example.com' has no valid domain"),
                Arguments.of("a reply-to that is not an address", (UnaryOperator<EmailMessage.Builder>) b -> b
                        .replyTo("nobody"), "reply-to: 'nobody' is not an email address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String why, UnaryOperator<EmailMessage.Builder> change, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> change.apply(valid())
                .build());
        assertEquals(message, e.getMessage().length() > message.length() && !message.startsWith("Header")
                ? e.getMessage().substring(0, message.length())
                : e.getMessage());
    }

    @Test
    void aMessageNeedsASenderAndARecipient() {
        assertThrows(NullPointerException.class, () -> EmailMessage.builder().to("a@example.com").build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailMessage.builder().from(
                "site@example.com").build());
        assertEquals("an email needs at least one recipient (to, cc or bcc)", e.getMessage());
        EmailMessage blindOnly = EmailMessage.builder().from("site@example.com").bcc("audit@example.com").build();
        assertEquals(List.of("audit@example.com"), blindOnly.recipients());
    }

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("ada@example.com", "ada@example.com"),
                Arguments.of("Ada Lovelace <ada@example.com>", "ada@example.com"),
                Arguments.of("\"Lovelace, Ada\" <ada@example.com>", "ada@example.com"),
                Arguments.of("  ada@example.com  ", "ada@example.com"),
                Arguments.of("ada+tag@example.com", "ada+tag@example.com"),
                Arguments.of("o'brien@example.com", "o'brien@example.com"),
                Arguments.of("ada@bücher.example", "ada@xn--bcher-kva.example"),
                Arguments.of("ada@Example.COM", "ada@Example.COM"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource
    void addresses(String given, String mailbox) {
        EmailMessage message = valid().to(given).build();
        assertEquals(mailbox, message.recipients().get(1));
        assertEquals(given, message.to().get(1), "kept as given");
    }

    @Test
    void recipientsAreToThenCcThenBcc() {
        EmailMessage message = valid().cc("Bob <bob@example.com>").bcc("audit@example.com").replyTo(
                "help@example.com").build();
        assertEquals(List.of("ada@example.com", "bob@example.com", "audit@example.com"), message.recipients());
        assertEquals(List.of("Bob <bob@example.com>"), message.cc());
        assertEquals(List.of("audit@example.com"), message.bcc());
        assertEquals(List.of("help@example.com"), message.replyTo());
        assertEquals("site@example.com", message.envelopeFrom());
    }

    @Test
    void itsDescriptionLeavesTheBodyOut() {
        EmailMessage message = valid().body("https://example.com/reset/MQ/secret-token/").build();
        assertEquals("EmailMessage[subject=Hello, from=site@example.com, to=[ada@example.com]]", message.toString());
        assertFalse(message.toString().contains("secret-token"));
    }
}
