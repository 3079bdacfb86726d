package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Fuzzes the request-head parser and the chunked decoder with arbitrary bytes: the only outcomes allowed are a
 * value, "need more bytes", or an {@link HttpException} with one of the statuses the parsers document, and
 * feeding the bytes in two pieces must end exactly as feeding them whole.
 *
 * <p>
 * {@code mvn verify} fuzzes for {@code fuzz.seconds} (20 by default; cairn-http's pom sets {@code JAZZER_FUZZ}).
 * To fuzz longer: {@code mvn -pl cairn-http test -Dtest=RequestParserFuzzTest -Dfuzz.seconds=600}. A finding is
 * written to {@code target/crash-*} (the failure names it); copy it into
 * {@code src/test/resources/dev/cairn/http/RequestParserFuzzTestInputs/<method>/}, whose inputs are replayed in
 * every run, including runs without {@code JAZZER_FUZZ} (from an IDE, say), which only replay.
 */
class RequestParserFuzzTest {
    private static final Set<Integer> STATUSES = Set.of(400, 413, 414, 417, 431, 501, 505);
    /** Small enough that the fuzzer reaches every limit in a few hundred bytes. */
    private static final HttpLimits LIMITS = new HttpLimits(64, 256, 8, 1024, 32);

    @FuzzTest(maxDuration = "20s")
    // Jazzer writes these into a libFuzzer dictionary as they are, so none may hold CR or LF; the seed inputs do.
    @DictionaryEntries({"HTTP/1.1", "HTTP/1.0", "Host: ", "Content-Length: ", "Transfer-Encoding: ", "chunked",
            "Connection: ", "close", "keep-alive", "Expect: ", "100-continue", "GET ", "OPTIONS * ", "CONNECT ",
            "http://", ";a=b", "Trailer: "})
    void parsersAnswerEveryInputWithAValueOrAnHttpException(FuzzedDataProvider data) {
        int split = data.consumeInt();
        byte[] input = data.consumeRemainingAsBytes();
        split = Math.floorMod(split, input.length + 1);
        String whole = heads(input, input.length);
        assertEquals(whole, heads(input, split), "head fed in two pieces split at " + split);
        String body = chunked(input, input.length);
        assertEquals(body, chunked(input, split), "chunked body fed in two pieces split at " + split);
    }

    /** Parses pipelined heads from the bytes, offered as {@code [0, split)} then all of them. */
    private static String heads(byte[] b, int split) {
        StringBuilder out = new StringBuilder();
        RequestHeadParser parser = new RequestHeadParser(LIMITS);
        int pos = 0;
        try {
            for (int n = 0; n < 4; n++) {
                parser.reset();
                RequestHead head = pos < split ? parser.parse(b, pos, split) : null;
                if (head == null) {
                    head = parser.parse(b, pos, b.length);
                }
                if (head == null) {
                    return out.append("need more").toString();
                }
                out.append(Wire.describe(head, parser.headLength(), -1)).append('\n');
                pos += parser.headLength();
                if (parser.headLength() <= 0 || pos > b.length) {
                    throw new AssertionError("head length " + parser.headLength() + " at " + pos);
                }
            }
            return out.toString();
        } catch (HttpException e) {
            return out.append(checked(e)).toString();
        }
    }

    /** Decodes the bytes as a chunked body, offered as {@code [0, split)} then all of them. */
    private static String chunked(byte[] b, int split) {
        ChunkedDecoder decoder = new ChunkedDecoder(LIMITS);
        StringBuilder data = new StringBuilder();
        int pos = 0;
        int end = split;
        try {
            while (!decoder.isComplete()) {
                int reached = decoder.decode(b, pos, end, 13);
                if (reached < pos || reached > end) {
                    throw new AssertionError("decode returned " + reached + " outside [" + pos + ", " + end + "]");
                }
                data.append(new String(b, decoder.dataStart(), decoder.dataLength(), StandardCharsets.ISO_8859_1));
                pos = reached;
                if (pos == end && decoder.dataLength() == 0 && !decoder.isComplete()) {
                    if (end == b.length) {
                        return "need more, data=" + data;
                    }
                    end = b.length;
                }
            }
            assertEquals(data.length(), decoder.bodyBytes());
            return "data=" + data + " trailers=" + decoder.trailers() + " next=" + pos;
        } catch (HttpException e) {
            return "data=" + data + " " + checked(e);
        }
    }

    private static String checked(HttpException e) {
        assertTrue(STATUSES.contains(e.status()), "unexpected status " + e.status());
        assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "an error must say what is wrong");
        return e.status() + " " + e.getMessage();
    }
}
