package dev.cairn.web.mail;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One SMTP conversation with a mail server (RFC 5321), over a plain socket that {@link #startTls} can turn into TLS
 * (RFC 3207), or over TLS from the start.
 *
 * <p>
 * Lifecycle: {@link #open} connects and reads the greeting; {@link #hello} says EHLO and learns the extensions;
 * {@link #startTls} upgrades, after which EHLO is said again; commands and {@link #data} follow; {@link #close} says
 * QUIT and closes. Every reply is read whole (its continuation lines, {@code 250-...}, up to the last,
 * {@code 250 ...}) and checked against the codes the step expects; any other is a {@link MailException}.
 * A TLS connection checks the server's certificate and that it names the host (as HTTPS does).
 */
final class SmtpConnection implements Closeable {

    /** The longest reply line read, against a server that never ends one. */
    private static final int MAX_REPLY_LINE = 4 * 1024;

    private final String host;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private List<String> extensions = List.of();

    private SmtpConnection(String host, Socket socket) throws IOException {
        this.host = host;
        use(socket);
    }

    /**
     * Connects to {@code host:port}, over TLS from the start when {@code implicitTls}, and reads the greeting.
     *
     * @throws MailException when the server cannot be reached or does not greet with 220
     */
    static SmtpConnection open(String host, int port, Duration timeout, boolean implicitTls, SSLContext tls) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            if (implicitTls) {
                socket = handshake(tls, socket, host, port);
            }
            SmtpConnection connection = new SmtpConnection(host, socket);
            connection.expect(connection.read(), "greeting", 220);
            return connection;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new MailException("Could not reach the mail server " + host + ":" + port + ": " + e.getMessage(), 0,
                    e);
        } catch (MailException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /** Says EHLO (HELO when the server does not know EHLO) and keeps the extensions it names. */
    void hello() {
        String name = addressLiteral(socket.getLocalAddress());
        Reply reply = command("EHLO " + name);
        if (reply.code() == 250) {
            extensions = reply.lines().subList(1, reply.lines().size()).stream().map(line -> line.toUpperCase(
                    Locale.ROOT)).toList();
        } else {
            expect(command("HELO " + name), "HELO", 250);
            extensions = List.of();
        }
    }

    /** Whether the server named an extension ({@code STARTTLS}, {@code AUTH}) in its EHLO reply. */
    boolean supports(String extension) {
        return parameters(extension) != null;
    }

    /** What follows an extension's keyword ({@code PLAIN LOGIN} for {@code AUTH}), or null when not named. */
    String parameters(String extension) {
        for (String line : extensions) {
            if (line.equals(extension)) {
                return "";
            }
            if (line.startsWith(extension + " ") || line.startsWith(extension + "=")) {
                return line.substring(extension.length() + 1);
            }
        }
        return null;
    }

    /** Says STARTTLS, shakes hands over the same socket, and says EHLO again (RFC 3207 §4.2). */
    void startTls(SSLContext tls) {
        expect(command("STARTTLS"), "STARTTLS", 220);
        try {
            // Anything already sent after the reply came in the clear and could be an attacker's (CVE-2011-0411).
            if (in.available() > 0) {
                throw new MailException("The mail server " + host + " sent more after agreeing to STARTTLS; refused, "
                        + "as what came before TLS cannot be trusted", 0, null);
            }
            use(handshake(tls, socket, host, socket.getPort()));
        } catch (IOException e) {
            throw new MailException("TLS with the mail server " + host + " failed: " + e.getMessage(), 0, e);
        }
        hello();
    }

    /** Whether the conversation is over TLS. */
    boolean encrypted() {
        return socket instanceof SSLSocket;
    }

    /** Sends a command line and reads the reply. */
    Reply command(String line) {
        write(line + "\r\n");
        return read();
    }

    /**
     * Checks a reply's code.
     *
     * @param step what was asked, for the message (never a secret)
     * @throws MailException naming the step and the reply, for any other code
     */
    Reply expect(Reply reply, String step, int... codes) {
        for (int code : codes) {
            if (reply.code() == code) {
                return reply;
            }
        }
        throw new MailException("The mail server " + host + " refused " + step + ": " + reply, reply.code(), null);
    }

    /**
     * Sends a message's text after DATA: each line starting with {@code .} gets another (RFC 5321 §4.5.2), and a
     * line holding a lone {@code .} ends it.
     */
    void data(String message) {
        expect(command("DATA"), "DATA", 354);
        StringBuilder text = new StringBuilder(message.length() + 16);
        for (String line : message.split("\r\n", -1)) {
            text.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
        }
        // split leaves one empty line after the message's final CRLF, which the terminator replaces.
        text.setLength(text.length() - 2);
        text.append(".\r\n");
        write(text.toString());
        expect(read(), "the message", 250);
    }

    /** Says QUIT, ignoring the reply, and closes the socket. */
    @Override
    public void close() {
        try {
            write("QUIT\r\n");
            read();
        } catch (MailException e) {
            // The message was handed over already; a server that hangs up first has done no harm.
        } finally {
            closeQuietly(socket);
        }
    }

    private void write(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new MailException("The mail server " + host + " closed the connection: " + e.getMessage(), 0, e);
        }
    }

    /** Reads one reply: lines {@code 250-...} until {@code 250 ...}. */
    Reply read() {
        List<String> lines = new ArrayList<>();
        int code;
        while (true) {
            String line = readLine();
            if (line.length() < 3 || (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-')) {
                throw new MailException("The mail server " + host + " sent a malformed reply", 0, null);
            }
            try {
                code = Integer.parseInt(line.substring(0, 3));
            } catch (NumberFormatException e) {
                throw new MailException("The mail server " + host + " sent a malformed reply", 0, e);
            }
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) == ' ') {
                return new Reply(code, List.copyOf(lines));
            }
        }
    }

    private String readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        try {
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new MailException("The mail server " + host + " closed the connection", 0, null);
                }
                if (line.size() == MAX_REPLY_LINE) {
                    throw new MailException("The mail server " + host + " sent a reply line over " + MAX_REPLY_LINE
                            + " bytes", 0, null);
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new MailException("Reading from the mail server " + host + " failed: " + e.getMessage(), 0, e);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private void use(Socket next) throws IOException {
        this.socket = next;
        this.in = new BufferedInputStream(next.getInputStream());
        this.out = new BufferedOutputStream(next.getOutputStream());
    }

    private static SSLSocket handshake(SSLContext tls, Socket plain, String host, int port) throws IOException {
        SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
        SSLParameters parameters = secure.getSSLParameters();
        // The certificate must name the host, as for HTTPS; without this any trusted certificate would do.
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        secure.setSSLParameters(parameters);
        secure.setUseClientMode(true);
        secure.startHandshake();
        return secure;
    }

    /** {@code [192.0.2.1]} or {@code [IPv6:2001:db8::1]}: a name for EHLO that needs no DNS (RFC 5321 §4.1.3). */
    private static String addressLiteral(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        text = zone < 0 ? text : text.substring(0, zone);
        return address instanceof java.net.Inet6Address ? "[IPv6:" + text + "]" : "[" + text + "]";
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing more can be done with a socket that will not close.
        }
    }

    /**
     * A server's reply.
     *
     * @param code  the three-digit code
     * @param lines the text of each line, without the code
     */
    record Reply(int code, List<String> lines) {
        @Override
        public String toString() {
            return code + " " + String.join(" / ", lines);
        }
    }
}
