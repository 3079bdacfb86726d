package dev.cairn.web.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Sends email to a mail server over SMTP (Django's {@code smtp} backend), one connection for each call to
 * {@link #send(List)}: EHLO, STARTTLS when asked ({@code EMAIL_USE_TLS}) or TLS from the start
 * ({@code EMAIL_USE_SSL}), AUTH when a user is set, then MAIL, RCPT and DATA for each message, and QUIT.
 *
 * <p>
 * Safe by default: with STARTTLS asked for, a server that does not offer it is refused rather than spoken to in the
 * clear; the server's certificate must be trusted and name the host; and a password is never sent over an
 * unencrypted connection except to this machine ({@code localhost}, a local relay). A message is refused only when
 * every recipient is; those the server took get it.
 */
public final class SmtpEmailBackend implements EmailBackend {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final boolean startTls;
    private final boolean implicitTls;
    private final Duration timeout;
    private final SSLContext tls;
    private final Clock clock;

    private SmtpEmailBackend(Builder builder) {
        if (builder.startTls && builder.implicitTls) {
            throw new IllegalArgumentException("EMAIL_USE_TLS and EMAIL_USE_SSL are mutually exclusive: STARTTLS "
                    + "upgrades a plain connection (port 587), SSL is TLS from the start (port 465); set one");
        }
        this.host = builder.host;
        this.port = builder.port;
        this.user = builder.user;
        this.password = builder.password;
        this.startTls = builder.startTls;
        this.implicitTls = builder.implicitTls;
        this.timeout = builder.timeout;
        this.tls = builder.tls;
        this.clock = builder.clock;
    }

    /** A builder: {@code localhost:25}, no login, no TLS, a 30 s timeout. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int send(List<EmailMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        List<String> texts = messages.stream().map(m -> MimeWriter.write(m, clock.instant())).toList();
        try (SmtpConnection smtp = SmtpConnection.open(host, port, timeout, implicitTls, context())) {
            smtp.hello();
            if (startTls) {
                if (!smtp.supports("STARTTLS")) {
                    throw new MailException("The mail server " + host + " does not offer STARTTLS, which "
                            + "EMAIL_USE_TLS asks for; nothing was sent in the clear", 0, null);
                }
                smtp.startTls(context());
            }
            if (!user.isEmpty()) {
                login(smtp);
            }
            for (int i = 0; i < messages.size(); i++) {
                transfer(smtp, messages.get(i), texts.get(i));
            }
        }
        EmailBackend.record(this, messages);
        return messages.size();
    }

    private void login(SmtpConnection smtp) {
        if (!smtp.encrypted() && !isLoopback(host)) {
            throw new MailException("EMAIL_HOST_USER is set but the connection to " + host + " is not encrypted: set "
                    + "EMAIL_USE_TLS (STARTTLS) or EMAIL_USE_SSL, so that the password is not sent in the clear", 0,
                    null);
        }
        String mechanisms = smtp.parameters("AUTH");
        if (mechanisms == null) {
            throw new MailException("The mail server " + host + " does not offer AUTH, and EMAIL_HOST_USER is set", 0,
                    null);
        }
        String refused = "the login of EMAIL_HOST_USER '" + user + "'";
        List<String> offered = List.of(mechanisms.split("\\s+"));
        if (offered.contains("PLAIN")) {
            smtp.expect(smtp.command("AUTH PLAIN " + base64("\0" + user + "\0" + password)), refused, 235);
        } else if (offered.contains("LOGIN")) {
            smtp.expect(smtp.command("AUTH LOGIN"), refused, 334);
            smtp.expect(smtp.command(base64(user)), refused, 334);
            smtp.expect(smtp.command(base64(password)), refused, 235);
        } else {
            throw new MailException("The mail server " + host + " offers AUTH " + mechanisms + "; Cairn speaks PLAIN "
                    + "and LOGIN", 0, null);
        }
    }

    private static void transfer(SmtpConnection smtp, EmailMessage message, String text) {
        smtp.expect(smtp.command("MAIL FROM:<" + message.envelopeFrom() + ">"), "the sender "
                + message.envelopeFrom(), 250);
        int accepted = 0;
        StringBuilder refusals = new StringBuilder();
        for (String recipient : message.recipients()) {
            SmtpConnection.Reply reply = smtp.command("RCPT TO:<" + recipient + ">");
            if (reply.code() == 250 || reply.code() == 251) {
                accepted++;
            } else {
                refusals.append(refusals.isEmpty() ? "" : "; ").append(recipient).append(": ").append(reply);
            }
        }
        if (accepted == 0) {
            smtp.command("RSET");
            throw new MailException("The mail server refused every recipient of '" + message.subject() + "': "
                    + refusals, 550, null);
        }
        smtp.data(text);
    }

    private SSLContext context() {
        if (tls != null) {
            return tls;
        }
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The platform has no default TLS context", e);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The server and the login name, never the password. */
    @Override
    public String toString() {
        return "SmtpEmailBackend[" + host + ":" + port + (user.isEmpty() ? "" : ", user=" + user) + (startTls
                ? ", STARTTLS"
                : implicitTls ? ", TLS" : "") + "]";
    }

    /** Builds an {@link SmtpEmailBackend}. */
    public static final class Builder {
        private String host = "localhost";
        private int port = 25;
        private String user = "";
        private String password = "";
        private boolean startTls;
        private boolean implicitTls;
        private Duration timeout = Duration.ofSeconds(30);
        private SSLContext tls;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The mail server's host ({@code EMAIL_HOST}). */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The mail server's port ({@code EMAIL_PORT}): 25, 587 for STARTTLS, 465 for TLS. */
        public Builder port(int value) {
            if (value < 1 || value > 65_535) {
                throw new IllegalArgumentException("EMAIL_PORT must be from 1 to 65535, not " + value);
            }
            this.port = value;
            return this;
        }

        /** The login ({@code EMAIL_HOST_USER}, {@code EMAIL_HOST_PASSWORD}); an empty user logs in as nobody. */
        public Builder credentials(String user, String password) {
            this.user = Objects.requireNonNull(user, "user");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** Whether to upgrade with STARTTLS ({@code EMAIL_USE_TLS}). */
        public Builder startTls(boolean value) {
            this.startTls = value;
            return this;
        }

        /** Whether to speak TLS from the start ({@code EMAIL_USE_SSL}). */
        public Builder implicitTls(boolean value) {
            this.implicitTls = value;
            return this;
        }

        /** How long to wait to connect and for each reply ({@code EMAIL_TIMEOUT}). */
        public Builder timeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("EMAIL_TIMEOUT must be positive");
            }
            this.timeout = value;
            return this;
        }

        /** The TLS context whose trust store checks the server (default: the platform's). */
        public Builder tls(SSLContext value) {
            this.tls = Objects.requireNonNull(value, "tls");
            return this;
        }

        /** The clock messages are dated by. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The backend.
         *
         * @throws IllegalArgumentException when both STARTTLS and TLS from the start are asked for
         */
        public SmtpEmailBackend build() {
            return new SmtpEmailBackend(this);
        }
    }
}
