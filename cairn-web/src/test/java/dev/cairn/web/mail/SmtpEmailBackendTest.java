package dev.cairn.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.journey.Journey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SMTP backend against a small SMTP server on a local socket: plain, STARTTLS, TLS, logins and refusals. */
class SmtpEmailBackendTest {

    @TempDir
    static Path keys;

    private static TestKeys localhost;
    private static TestKeys elsewhere;
    private static SSLContext localhostServer;
    private static SSLContext elsewhereServer;

    @BeforeAll
    static void makeKeys() throws Exception {
        localhost = TestKeys.make(keys, "dns:localhost,ip:127.0.0.1");
        elsewhere = TestKeys.make(keys, "dns:mail.example.com");
        localhostServer = localhost.server();
        elsewhereServer = elsewhere.server();
    }

    private static EmailMessage message(String subject, String body) {
        return EmailMessage.builder().subject(subject).body(body).from("Site <site@example.com>").to(
                "ada@example.com").build();
    }

    private static FakeSmtpServer server(Consumer<FakeSmtpServer.Options> setup) throws Exception {
        FakeSmtpServer.Options options = new FakeSmtpServer.Options();
        setup.accept(options);
        return new FakeSmtpServer(options);
    }

    private static SmtpEmailBackend.Builder to(FakeSmtpServer server) {
        return SmtpEmailBackend.builder().host("127.0.0.1").port(server.port()).timeout(Duration.ofSeconds(5));
    }

    @Test
    void aMessageIsHandedOverWithItsEnvelopeAndText() throws Exception {
        try (FakeSmtpServer server = server(o -> {})) {
            EmailMessage message = EmailMessage.builder().subject("Hello").body("Line one\n.dot line\n..two\n.")
                    .from("Site <site@example.com>").to("ada@example.com").cc("bob@example.com").bcc(
                            "audit@example.com")
                    .build();
            assertEquals(1, to(server).build().send(message));
            FakeSmtpServer.Received received = server.received.getFirst();
            assertEquals("site@example.com", received.from());
            assertEquals(List.of("ada@example.com", "bob@example.com", "audit@example.com"), received.recipients());
            assertTrue(received.data().contains("Subject: Hello\r\n"), received.data());
            assertFalse(received.data().contains("audit@example.com"), "a blind copy is not named in the message");
            assertTrue(received.data().endsWith("\r\n\r\nLine one\r\n.dot line\r\n..two\r\n.\r\n"), "lines starting "
                    + "with a dot arrive as written (stuffed on the wire, unstuffed by the server): " + received
                            .data());
            assertEquals("QUIT", server.transcript.getLast());
            assertTrue(server.transcript.getFirst().matches("EHLO \\[127\\.0\\.0\\.1]"), server.transcript
                    .getFirst());
        }
    }

    @Test
    void severalMessagesGoOverOneConnection() throws Exception {
        try (FakeSmtpServer server = server(o -> {})) {
            assertEquals(3, to(server).build().send(List.of(message("one", "1"), message("two", "2"), message("three",
                    "3"))));
            assertEquals(3, server.received.size());
            assertEquals(1, server.connections);
            assertEquals(0, to(server).build().send(List.of()), "nothing to send: no connection");
            assertEquals(1, server.connections);
        }
    }

    @Test
    void aServerWithoutEhloIsGreetedWithHelo() throws Exception {
        try (FakeSmtpServer server = server(o -> o.noEhlo = true)) {
            to(server).build().send(message("old server", "hi"));
            assertEquals(1, server.received.size());
            assertTrue(server.transcript.get(1).startsWith("HELO "), server.transcript.toString());
        }
    }

    static Stream<Arguments> logins() {
        return Stream.of(Arguments.of("PLAIN LOGIN", "AUTH PLAIN "), Arguments.of("LOGIN", "AUTH LOGIN"));
    }

    @ParameterizedTest(name = "AUTH {0}")
    @MethodSource("logins")
    void aLoginAfterStartTlsUsesTheMechanismOffered(String offered, String sent) throws Exception {
        try (FakeSmtpServer server = server(o -> {
            o.tls = localhostServer;
            o.auth = offered;
        })) {
            to(server).startTls(true).tls(localhost.trusting()).credentials("mailer", "s3cret pass").build().send(
                    message("secured", "hi"));
            FakeSmtpServer.Received received = server.received.getFirst();
            assertTrue(received.encrypted(), "sent over TLS");
            assertEquals("mailer", received.login());
            assertTrue(server.transcript.stream().anyMatch(line -> line.startsWith(sent)), server.transcript
                    .toString());
            int startTls = server.transcript.indexOf("STARTTLS");
            int auth = indexOf(server.transcript, "AUTH");
            assertTrue(startTls >= 0 && startTls < auth, "the password only after TLS: " + server.transcript);
        }
    }

    @Test
    void tlsFromTheStartCarriesTheWholeConversation() throws Exception {
        try (FakeSmtpServer server = server(o -> {
            o.tls = localhostServer;
            o.implicitTls = true;
            o.auth = "PLAIN";
        })) {
            to(server).implicitTls(true).tls(localhost.trusting()).credentials("mailer", "s3cret pass").build().send(
                    message("over TLS", "hi"));
            assertTrue(server.received.getFirst().encrypted());
            assertFalse(server.transcript.contains("STARTTLS"));
        }
    }

    @Test
    void aServerThatDoesNotOfferStartTlsIsRefusedBeforeAnythingIsSent() throws Exception {
        try (FakeSmtpServer server = server(o -> o.auth = "PLAIN")) {
            MailException e = assertThrows(MailException.class, () -> to(server).startTls(true).credentials("mailer",
                    "s3cret pass").build().send(message("nope", "secret body")));
            assertTrue(e.getMessage().contains("does not offer STARTTLS"), e.getMessage());
            assertTrue(server.received.isEmpty());
            assertTrue(server.transcript.stream().noneMatch(line -> line.startsWith("AUTH")), "no password sent");
        }
    }

    @Test
    void anUntrustedCertificateEndsTheConversationBeforeTheLogin() throws Exception {
        try (FakeSmtpServer server = server(o -> {
            o.tls = localhostServer;
            o.auth = "PLAIN";
        })) {
            MailException e = assertThrows(MailException.class, () -> to(server).startTls(true).credentials("mailer",
                    "s3cret pass").build().send(message("nope", "hi")));
            assertTrue(e.getMessage().startsWith("TLS with the mail server 127.0.0.1 failed"), e.getMessage());
            assertTrue(server.transcript.stream().noneMatch(line -> line.startsWith("AUTH")), "no password sent");
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        try (FakeSmtpServer server = server(o -> {
            o.tls = elsewhereServer;
            o.auth = "PLAIN";
        })) {
            MailException e = assertThrows(MailException.class, () -> to(server).startTls(true).tls(elsewhere
                    .trusting()).credentials("mailer", "s3cret pass").build().send(message("nope", "hi")));
            assertTrue(e.getMessage().startsWith("TLS with the mail server"), e.getMessage());
            assertTrue(server.received.isEmpty());
        }
    }

    @Test
    void repliesSentBeforeTheHandshakeAreRefusedAsInjected() throws Exception {
        try (FakeSmtpServer server = server(o -> {
            o.tls = localhostServer;
            o.injectAfterStartTls = true;
        })) {
            MailException e = assertThrows(MailException.class, () -> to(server).startTls(true).tls(localhost
                    .trusting()).build().send(message("nope", "hi")));
            assertTrue(e.getMessage().contains("sent more after agreeing to STARTTLS"), e.getMessage());
            assertTrue(server.received.isEmpty());
        }
    }

    @Test
    void aRefusedLoginSaysWhoWasRefusedButNeverThePassword() throws Exception {
        try (FakeSmtpServer server = server(o -> {
            o.tls = localhostServer;
            o.auth = "PLAIN";
        })) {
            MailException e = assertThrows(MailException.class, () -> to(server).startTls(true).tls(localhost
                    .trusting()).credentials("mailer", "wrong horse").build().send(message("nope", "hi")));
            assertEquals(535, e.replyCode());
            assertTrue(e.getMessage().contains("the login of EMAIL_HOST_USER 'mailer'"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong horse"));
            assertFalse(e.getMessage().contains(Base64.getEncoder().encodeToString("\0mailer\0wrong horse".getBytes(
                    StandardCharsets.UTF_8))));
        }
    }

    @Test
    void aLoginToALocalServerWithoutTlsIsAllowedForALocalRelay() throws Exception {
        try (FakeSmtpServer server = server(o -> o.auth = "PLAIN")) {
            to(server).credentials("mailer", "s3cret pass").build().send(message("relay", "hi"));
            assertEquals("mailer", server.received.getFirst().login());
        }
    }

    @Test
    void aServerWithoutAuthIsAnErrorWhenAUserIsSet() throws Exception {
        try (FakeSmtpServer server = server(o -> {})) {
            MailException e = assertThrows(MailException.class, () -> to(server).credentials("mailer", "pw").build()
                    .send(message("nope", "hi")));
            assertTrue(e.getMessage().contains("does not offer AUTH"), e.getMessage());
        }
    }

    @Test
    void aServerOfferingOnlyOtherMechanismsIsAnError() throws Exception {
        try (FakeSmtpServer server = server(o -> o.auth = "CRAM-MD5 XOAUTH2")) {
            MailException e = assertThrows(MailException.class, () -> to(server).credentials("mailer", "pw").build()
                    .send(message("nope", "hi")));
            assertTrue(e.getMessage().contains("offers AUTH CRAM-MD5 XOAUTH2; Cairn speaks PLAIN and LOGIN"), e
                    .getMessage());
        }
    }

    @Test
    void recipientsTheServerRefusesAreSkippedWhileOthersGetTheMessage() throws Exception {
        try (FakeSmtpServer server = server(o -> o.refused = Set.of("gone@example.com"))) {
            to(server).build().send(EmailMessage.builder().subject("s").body("b").from("site@example.com").to(
                    "gone@example.com", "ada@example.com").build());
            assertEquals(List.of("ada@example.com"), server.received.getFirst().recipients());
        }
    }

    @Test
    void aMessageEveryRecipientOfWhichIsRefusedIsAnError() throws Exception {
        try (FakeSmtpServer server = server(o -> o.refused = Set.of("gone@example.com"))) {
            MailException e = assertThrows(MailException.class, () -> to(server).build().send(EmailMessage.builder()
                    .subject("lost").body("b").from("site@example.com").to("gone@example.com").build()));
            assertTrue(e.getMessage().startsWith("The mail server refused every recipient of 'lost': "
                    + "gone@example.com: 550"), e.getMessage());
            assertTrue(server.received.isEmpty());
            assertTrue(server.transcript.contains("RSET"));
        }
    }

    @Test
    void aServerThatHangsUpIsAnError() throws Exception {
        try (FakeSmtpServer server = server(o -> o.hangUpAfterGreeting = true)) {
            MailException e = assertThrows(MailException.class, () -> to(server).build().send(message("s", "b")));
            assertTrue(e.getMessage().contains("closed the connection"), e.getMessage());
        }
    }

    @Test
    void anUnreachableServerIsAnErrorNamingIt() throws Exception {
        int port;
        try (FakeSmtpServer server = server(o -> {})) {
            port = server.port();
        }
        MailException e = assertThrows(MailException.class, () -> SmtpEmailBackend.builder().host("127.0.0.1").port(
                port).timeout(Duration.ofSeconds(2)).build().send(message("s", "b")));
        assertTrue(e.getMessage().startsWith("Could not reach the mail server 127.0.0.1:" + port), e.getMessage());
        assertEquals(0, e.replyCode());
    }

    @Test
    void theJourneyRecordsWhatWasSentButNeverTheBody() throws Exception {
        try (FakeSmtpServer server = server(o -> {})) {
            Journey journey = Journey.begin("mail");
            journey.carry(() -> to(server).build().send(message("Reset your password", "https://x/reset/MQ/tok/")));
            Journey.Stop stop = journey.stops("mail").getFirst();
            assertEquals(Map.of("backend", "SmtpEmailBackend", "messages", 1, "recipients", 1, "subjects", List.of(
                    "Reset your password")), stop.facts());
            assertFalse(journey.toString().contains("reset/MQ/tok"));
        }
    }

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
                Arguments.of((Runnable) () -> SmtpEmailBackend.builder().startTls(true).implicitTls(true).build(),
                        "EMAIL_USE_TLS and EMAIL_USE_SSL are mutually exclusive"),
                Arguments.of((Runnable) () -> SmtpEmailBackend.builder().port(0), "EMAIL_PORT must be from 1 to 65535"),
                Arguments.of((Runnable) () -> SmtpEmailBackend.builder().port(70_000),
                        "EMAIL_PORT must be from 1 to 65535"),
                Arguments.of((Runnable) () -> SmtpEmailBackend.builder().timeout(Duration.ZERO),
                        "EMAIL_TIMEOUT must be positive"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void badConfigurations(Runnable build, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void itsDescriptionNeverShowsThePassword() {
        String text = SmtpEmailBackend.builder().host("mail.example.com").port(587).startTls(true).credentials(
                "mailer", "s3cret pass").build().toString();
        assertEquals("SmtpEmailBackend[mail.example.com:587, user=mailer, STARTTLS]", text);
    }

    private static int indexOf(List<String> transcript, String prefix) {
        for (int i = 0; i < transcript.size(); i++) {
            if (transcript.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
