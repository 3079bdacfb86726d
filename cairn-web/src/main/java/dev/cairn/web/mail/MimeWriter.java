package dev.cairn.web.mail;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an {@link EmailMessage} as the text a mail server receives (RFC 5322, with MIME, RFC 2045-2047): headers,
 * a blank line, the body, every line ending in CRLF and every byte ASCII. Non-ASCII in the subject or a display name
 * is written as encoded words; a body with non-ASCII or a line too long for SMTP is written in base64.
 */
final class MimeWriter {

    /** The longest line SMTP carries, without its CRLF (RFC 5321 §4.5.3.1.6). */
    static final int MAX_LINE = 998;
    /** The line length headers are folded at when they can be (RFC 5322 §2.1.1). */
    private static final int FOLD_AT = 78;
    /**
     * The UTF-8 bytes per encoded word: 64 characters a word, within RFC 2047's 75, so that a header's first word
     * after its name still fits a line of 78.
     */
    private static final int WORD_BYTES = 39;
    private static final Pattern ATOM_TEXT = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private MimeWriter() {}

    /** The message as sent on {@code date}, its lines ending in CRLF. */
    static String write(EmailMessage message, Instant date) {
        String body = message.body().replace("\r\n", "\n").replace('\r', '\n');
        boolean plain = isAscii(body) && body.lines().allMatch(line -> line.length() <= MAX_LINE);
        StringBuilder out = new StringBuilder(body.length() + 512);
        header(out, "Content-Type", "text/plain; charset=utf-8");
        header(out, "MIME-Version", "1.0");
        header(out, "Content-Transfer-Encoding", plain ? "7bit" : "base64");
        header(out, "Subject", text(message.subject()));
        header(out, "From", address(message.fromAddress()));
        addresses(out, "To", message.toAddresses());
        addresses(out, "Cc", message.ccAddresses());
        addresses(out, "Reply-To", message.replyToAddresses());
        header(out, "Date", DATE.format(date));
        header(out, "Message-ID", messageId(message.envelopeFrom(), date));
        out.append("\r\n");
        if (plain) {
            out.append(body.replace("\n", "\r\n"));
        } else {
            out.append(Base64.getMimeEncoder(76, new byte[]{'\r', '\n'}).encodeToString(body.replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append("\r\n");
        }
        return out.toString();
    }

    private static void addresses(StringBuilder out, String name, List<Address> addresses) {
        if (!addresses.isEmpty()) {
            header(out, name, String.join(", ", addresses.stream().map(MimeWriter::address).toList()));
        }
    }

    /** {@code Name: value}, folded at spaces to lines of about 78 characters. */
    private static void header(StringBuilder out, String name, String value) {
        int lineStart = out.length();
        out.append(name).append(':');
        for (String word : value.split(" ", -1)) {
            if (out.length() - lineStart + 1 + word.length() > FOLD_AT
                    && out.length() - lineStart > name.length() + 1) {
                out.append("\r\n");
                lineStart = out.length();
            }
            out.append(' ').append(word);
        }
        out.append("\r\n");
    }

    /** An address with its display name quoted or encoded as it needs. */
    static String address(Address address) {
        if (address.name().isEmpty()) {
            return address.mailbox();
        }
        String name = address.name();
        String shown;
        if (!isAscii(name)) {
            shown = encodedWords(name);
        } else if (ATOM_TEXT.matcher(name).matches()) {
            shown = name;
        } else {
            shown = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return shown + " <" + address.mailbox() + ">";
    }

    /** Header text as it is when ASCII with words that fold, else as encoded words. */
    static String text(String value) {
        boolean folds = java.util.Arrays.stream(value.split(" ")).allMatch(word -> word.length() < FOLD_AT);
        return isAscii(value) && folds ? value : encodedWords(value);
    }

    /** {@code =?utf-8?b?...?=} words, space-separated, none splitting a character. */
    private static String encodedWords(String value) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            String c = Character.toString(value.codePointAt(i));
            int size = c.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > WORD_BYTES) {
                words.add(word(chunk.toString()));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(c);
            bytes += size;
        }
        words.add(word(chunk.toString()));
        return String.join(" ", words);
    }

    private static String word(String text) {
        return "=?utf-8?b?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String messageId(String from, Instant date) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return "<" + date.toEpochMilli() + "." + HexFormat.of().formatHex(random) + "@" + from.substring(from
                .lastIndexOf('@') + 1) + ">";
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
