package dev.cairn.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A message as a mail server receives it: ASCII, CRLF, folded headers, encoded words and base64 where needed. */
class MimeWriterTest {

    private static final Instant DATE = Instant.parse("2026-11-22T10:15:30Z");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?utf-8\\?b\\?([A-Za-z0-9+/=]*)\\?=");

    private static String write(EmailMessage.Builder message) {
        return MimeWriter.write(message.build(), DATE);
    }

    private static EmailMessage.Builder message() {
        return EmailMessage.builder().subject("Hello").body("Hi Ada,\nsee you.\n").from("Site <site@example.com>").to(
                "ada@example.com");
    }

    /** The headers, unfolded, by name. */
    private static Map<String, String> headers(String text) {
        String head = text.substring(0, text.indexOf("\r\n\r\n")).replace("\r\n ", " ");
        return Arrays.stream(head.split("\r\n")).collect(Collectors.toMap(line -> line.substring(0, line.indexOf(':')),
                line -> line.substring(line.indexOf(':') + 2), (a, b) -> a, LinkedHashMap::new));
    }

    private static String body(String text) {
        return text.substring(text.indexOf("\r\n\r\n") + 4);
    }

    /** What a mail reader shows for a header: its encoded words decoded. */
    private static String decoded(String header) {
        Matcher words = ENCODED_WORD.matcher(header);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (words.find()) {
            String between = header.substring(last, words.start());
            out.append(last > 0 && between.isBlank() ? "" : between);
            out.append(new String(Base64.getDecoder().decode(words.group(1)), StandardCharsets.UTF_8));
            last = words.end();
        }
        return out.append(header.substring(last)).toString();
    }

    @Test
    void aPlainMessageIsSevenBitWithDjangosHeaders() {
        String text = write(message());
        Map<String, String> headers = headers(text);
        assertEquals(java.util.List.of("Content-Type", "MIME-Version", "Content-Transfer-Encoding", "Subject", "From",
                "To", "Date", "Message-ID"), java.util.List.copyOf(headers.keySet()));
        assertEquals("text/plain; charset=utf-8", headers.get("Content-Type"));
        assertEquals("7bit", headers.get("Content-Transfer-Encoding"));
        assertEquals("Site <site@example.com>", headers.get("From"));
        assertEquals("Sun, 22 Nov 2026 10:15:30 GMT", headers.get("Date"));
        assertTrue(headers.get("Message-ID").matches("<1795342530000\\.[0-9a-f]{24}@example\\.com>"), headers.get(
                "Message-ID"));
        assertEquals("Hi Ada,\r\nsee you.\r\n", body(text));
    }

    @Test
    void everyLineEndsInCrlfAndEveryByteIsAscii() {
        String text = write(message().subject("Grüße aus Köln, ein langer Betreff, der gefaltet werden muss, bitte")
                .body("Line one\rline two\r\nline three\nAda’s café ☕\n").to("Zoë Müller <zoe@example.com>"));
        assertTrue(text.chars().allMatch(c -> c < 0x80), text);
        assertFalse(text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r"), text);
        assertTrue(text.lines().allMatch(line -> line.length() <= 78), text);
    }

    static Stream<Arguments> subjects() {
        return Stream.of(
                Arguments.of("Plain ASCII", false),
                Arguments.of("Grüße", true),
                Arguments.of("Password reset on bücher.example", true),
                Arguments.of("日本語の件名です。とても長い件名なので、いくつかの単語に分けて書かれます。", true),
                Arguments.of("emoji \uD83D\uDE00 and more \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D"
                        + "\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", true),
                Arguments.of("x".repeat(120), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void subjectsReadBackAsWritten(String subject, boolean encoded) {
        String header = headers(write(message().subject(subject))).get("Subject");
        assertEquals(encoded, header.startsWith("=?utf-8?b?"), header);
        assertEquals(subject, decoded(header));
        ENCODED_WORD.matcher(header).results().forEach(word -> assertTrue(word.group().length() <= 75, word
                .group()));
    }

    @Test
    void aLongAsciiSubjectIsFoldedAtSpaces() {
        String subject = "A subject with many words that goes on well past the seventy-eight characters a header "
                + "line should keep to";
        String text = write(message().subject(subject));
        assertTrue(text.contains("\r\n "), "folded");
        assertEquals(subject, headers(text).get("Subject"));
    }

    static Stream<Arguments> displayNames() {
        return Stream.of(
                Arguments.of("Ada Lovelace <ada@example.com>", "Ada Lovelace <ada@example.com>"),
                Arguments.of("\"Lovelace, Ada\" <ada@example.com>", "\"Lovelace, Ada\" <ada@example.com>"),
                Arguments.of("Ada \"the first\" L <ada@example.com>", "\"Ada \\\"the first\\\" L\" <ada@example.com>"),
                Arguments.of("ada@bücher.example", "ada@xn--bcher-kva.example"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("displayNames")
    void displayNamesAreQuotedAsNeeded(String given, String written) {
        assertEquals("ada@example.com, " + written, headers(write(message().to(given))).get("To"));
    }

    @Test
    void aNonAsciiDisplayNameIsAnEncodedWord() {
        String to = headers(write(EmailMessage.builder().from("site@example.com").to("Zoë Müller <zoe@example.com>")))
                .get("To");
        assertTrue(to.startsWith("=?utf-8?b?") && to.endsWith(" <zoe@example.com>"), to);
        assertEquals("Zoë Müller <zoe@example.com>", decoded(to));
    }

    @Test
    void aNonAsciiBodyIsBase64OfItsUtf8WithCrlf() {
        String text = write(message().body("Ada’s café ☕\nsecond line"));
        assertEquals("base64", headers(text).get("Content-Transfer-Encoding"));
        String decoded = new String(Base64.getMimeDecoder().decode(body(text)), StandardCharsets.UTF_8);
        assertEquals("Ada’s café ☕\r\nsecond line", decoded);
    }

    @Test
    void aLineTooLongForSmtpIsBase64() {
        String line = "a".repeat(MimeWriter.MAX_LINE + 1);
        String text = write(message().body(line));
        assertEquals("base64", headers(text).get("Content-Transfer-Encoding"));
        assertEquals(line, new String(Base64.getMimeDecoder().decode(body(text)), StandardCharsets.US_ASCII));
        assertEquals("7bit", headers(write(message().body("a".repeat(MimeWriter.MAX_LINE)))).get(
                "Content-Transfer-Encoding"));
    }

    @Test
    void ccAndReplyToAreNamedButBccIsNot() {
        Map<String, String> headers = headers(write(message().cc("bob@example.com", "Cy <cy@example.com>").bcc(
                "audit@example.com").replyTo("help@example.com")));
        assertEquals("bob@example.com, Cy <cy@example.com>", headers.get("Cc"));
        assertEquals("help@example.com", headers.get("Reply-To"));
        assertFalse(headers.containsKey("Bcc"));
        assertFalse(headers.values().stream().anyMatch(v -> v.contains("audit")));
    }

    @Test
    void twoMessagesHaveTwoMessageIds() {
        assertFalse(headers(write(message())).get("Message-ID").equals(headers(write(message())).get("Message-ID")));
    }
}
