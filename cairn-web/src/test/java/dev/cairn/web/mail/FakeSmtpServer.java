package dev.cairn.web.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server on a local port, for the SMTP backend's tests: it speaks enough of RFC 5321, 3207 (STARTTLS)
 * and 4954 (AUTH PLAIN and LOGIN) to take mail, keeps what it was told, and can be told to misbehave.
 */
final class FakeSmtpServer implements AutoCloseable {

    /**
     * A message as the server received it.
     *
     * @param from       the envelope sender
     * @param recipients the envelope recipients it accepted
     * @param data       the text after DATA, dot-stuffing undone, lines ending in CRLF
     * @param encrypted  whether the conversation was over TLS when it arrived
     * @param login      the user who logged in first, or null
     */
    record Received(String from, List<String> recipients, String data, boolean encrypted, String login) {}

    /** How the server behaves. */
    static final class Options {
        SSLContext tls;
        boolean implicitTls;
        String auth;
        String user = "mailer";
        String password = "s3cret pass";
        Set<String> refused = Set.of();
        boolean injectAfterStartTls;
        boolean noEhlo;
        boolean hangUpAfterGreeting;
    }

    private final Options options;
    private final ServerSocket server;
    private final Thread thread;
    /** Every line the client sent, in order, over every connection. */
    final List<String> transcript = new CopyOnWriteArrayList<>();
    /** The messages taken. */
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** How many connections were made. */
    volatile int connections;

    FakeSmtpServer(Options options) throws IOException {
        this.options = options;
        this.server = options.implicitTls
                ? options.tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress())
                : new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.thread = Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections++;
                new Conversation(socket).run();
            } catch (IOException | UncheckedIOException e) {
                // The client hung up, or the test is over.
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One client's conversation. */
    private final class Conversation {
        private Socket socket;
        private BufferedReader in;
        private OutputStream out;
        private boolean encrypted;
        private String login;
        private String from;
        private final List<String> recipients = new ArrayList<>();

        Conversation(Socket socket) throws IOException {
            use(socket);
            this.encrypted = socket instanceof SSLSocket;
        }

        void run() throws IOException {
            say("220 fake.test ESMTP ready");
            if (options.hangUpAfterGreeting) {
                return;
            }
            String line;
            while ((line = in.readLine()) != null) {
                transcript.add(line);
                if (!answer(line)) {
                    return;
                }
            }
        }

        /** Answers one command; false once the conversation is over. */
        private boolean answer(String line) throws IOException {
            String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
            switch (verb) {
                case "EHLO" -> ehlo();
                case "HELO" -> say("250 fake.test");
                case "STARTTLS" -> startTls();
                case "AUTH" -> auth(line);
                case "MAIL" -> {
                    from = between(line);
                    recipients.clear();
                    say("250 OK");
                }
                case "RCPT" -> {
                    String to = between(line);
                    if (options.refused.contains(to)) {
                        say("550 5.1.1 No such user here");
                    } else {
                        recipients.add(to);
                        say("250 OK");
                    }
                }
                case "DATA" -> data();
                case "RSET" -> say("250 OK");
                case "QUIT" -> {
                    say("221 Bye");
                    return false;
                }
                default -> say("500 Unknown command");
            }
            return true;
        }

        private void ehlo() throws IOException {
            if (options.noEhlo) {
                say("502 EHLO not implemented");
                return;
            }
            List<String> lines = new ArrayList<>(List.of("fake.test greets you", "8BITMIME", "SIZE 10240000"));
            if (options.tls != null && !encrypted && !options.implicitTls) {
                lines.add("STARTTLS");
            }
            if (options.auth != null) {
                lines.add("AUTH " + options.auth);
            }
            for (int i = 0; i < lines.size(); i++) {
                say("250" + (i == lines.size() - 1 ? " " : "-") + lines.get(i));
            }
        }

        private void startTls() throws IOException {
            say(options.injectAfterStartTls ? "220 Go ahead\r\n250 injected before the handshake" : "220 Go ahead");
            SSLSocket secure = (SSLSocket) options.tls.getSocketFactory().createSocket(socket, null, socket.getPort(),
                    true);
            secure.setUseClientMode(false);
            secure.startHandshake();
            use(secure);
            encrypted = true;
        }

        private void auth(String line) throws IOException {
            String[] parts = line.split(" ");
            String user;
            String password;
            if (parts[1].equalsIgnoreCase("PLAIN")) {
                String[] fields = decode(parts[2]).split("\0", -1);
                user = fields[1];
                password = fields[2];
            } else {
                say("334 VXNlcm5hbWU6");
                user = decode(readLine());
                say("334 UGFzc3dvcmQ6");
                password = decode(readLine());
            }
            if (user.equals(options.user) && password.equals(options.password)) {
                login = user;
                say("235 2.7.0 Authentication successful");
            } else {
                say("535 5.7.8 Authentication credentials invalid");
            }
        }

        private void data() throws IOException {
            if (recipients.isEmpty()) {
                say("554 No valid recipients");
                return;
            }
            say("354 End data with <CR><LF>.<CR><LF>");
            StringBuilder data = new StringBuilder();
            String line;
            while (!(line = readLine()).equals(".")) {
                data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
            }
            received.add(new Received(from, List.copyOf(recipients), data.toString(), encrypted, login));
            say("250 2.0.0 Queued");
        }

        private String readLine() throws IOException {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("the client hung up");
            }
            transcript.add(line);
            return line;
        }

        private void say(String reply) throws IOException {
            out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        private void use(Socket next) throws IOException {
            this.socket = next;
            this.in = new BufferedReader(new InputStreamReader(next.getInputStream(), StandardCharsets.UTF_8));
            this.out = next.getOutputStream();
        }

        private static String between(String line) {
            return line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
        }

        private static String decode(String base64) {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        }
    }
}
