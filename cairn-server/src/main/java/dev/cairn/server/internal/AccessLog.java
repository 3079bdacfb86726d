package dev.cairn.server.internal;

import dev.cairn.gateway.Request;
import java.lang.System.Logger.Level;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One line per request in the combined log format, the one nginx and Apache write and log tools read:
 *
 * <pre>
 * 127.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /a HTTP/1.1" 200 13 "http://ref/" "curl/8.5"
 * </pre>
 *
 * <p>
 * The byte count is the body's ({@code $body_bytes_sent}), the time is UTC, and an absent Referer or User-Agent
 * is {@code "-"}. Every value from the client is escaped ({@code "} and {@code \} with a backslash, control and
 * non-ASCII octets as {@code \xHH}), so a crafted request cannot forge a line.
 */
public final class AccessLog {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final System.Logger logger;
    private final Consumer<String> lines;

    private AccessLog(System.Logger logger, Consumer<String> lines) {
        this.logger = logger;
        this.lines = lines;
    }

    /** Lines to the {@link System.Logger} {@code dev.cairn.server.access}, at INFO. */
    public static AccessLog toSystemLogger() {
        return new AccessLog(System.getLogger("dev.cairn.server.access"), null);
    }

    /** Lines to {@code lines}, for tests and embedders with a log of their own. */
    public static AccessLog to(Consumer<String> lines) {
        return new AccessLog(null, Objects.requireNonNull(lines, "lines"));
    }

    /** Logs the request answered with {@code status} and {@code bytes} of body. */
    void log(Request request, int status, long bytes) {
        if (logger == null || logger.isLoggable(Level.INFO)) {
            emit(format(request, status, bytes, System.currentTimeMillis()));
        }
    }

    /** Logs bytes from {@code client} refused before they made a request, answered {@code status}. */
    void logRejected(String client, int status, long bytes) {
        if (logger == null || logger.isLoggable(Level.INFO)) {
            emit(formatRejected(client, status, bytes, System.currentTimeMillis()));
        }
    }

    private void emit(String line) {
        if (logger == null) {
            lines.accept(line);
        } else {
            logger.log(Level.INFO, line);
        }
    }

    /** The line for a request answered with {@code status} and {@code bytes} of body at {@code epochMillis}. */
    public static String format(Request request, int status, long bytes, long epochMillis) {
        StringBuilder sb = start(request.client(), epochMillis).append('"');
        escape(sb, request.method()).append(' ');
        escape(sb, request.target()).append(' ');
        escape(sb, request.version()).append('"');
        return end(sb, status, bytes, request.headers().first("Referer"), request.headers().first("User-Agent"));
    }

    /**
     * The line for bytes refused before they made a request (a malformed or over-limit head, a late one): the
     * request is {@code "-"}, as nginx writes it for a request it could not read, so the line never repeats what
     * the parser refused.
     */
    public static String formatRejected(String client, int status, long bytes, long epochMillis) {
        return end(start(client, epochMillis).append("\"-\""), status, bytes, null, null);
    }

    private static StringBuilder start(String client, long epochMillis) {
        StringBuilder sb = new StringBuilder(128);
        escape(sb, client).append(" - - [");
        return time(sb, epochMillis).append("] ");
    }

    private static String end(StringBuilder sb, int status, long bytes, String referer, String userAgent) {
        sb.append(' ').append(status).append(' ').append(bytes).append(" \"");
        escape(sb, orDash(referer)).append("\" \"");
        return escape(sb, orDash(userAgent)).append('"').toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static StringBuilder escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            } else {
                sb.append(c);
            }
        }
        return sb;
    }

    /** {@code 10/Oct/2000:13:55:36 +0000}. */
    private static StringBuilder time(StringBuilder sb, long epochMillis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000), 0, ZoneOffset.UTC);
        two(sb, t.getDayOfMonth()).append('/').append(MONTHS[t.getMonthValue() - 1]).append('/').append(t.getYear());
        two(sb.append(':'), t.getHour());
        two(sb.append(':'), t.getMinute());
        return two(sb.append(':'), t.getSecond()).append(" +0000");
    }

    private static StringBuilder two(StringBuilder sb, int n) {
        return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
