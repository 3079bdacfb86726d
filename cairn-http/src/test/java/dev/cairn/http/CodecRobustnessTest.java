package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated input into every codec: each answers with a value or its documented exception, never with
 * another exception, however hostile the bytes.
 */
class CodecRobustnessTest {
    private static final String ALPHABET = "a=;,\" \t%+&-\r\n\\'*:/_.0123456789AbCfGMTSunNov\u0000\u007F\u00E9";

    private static String randomText(Random random, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void textCodecsNeverThrowAnythingUndocumented() {
        Random random = new Random(1);
        for (int round = 0; round < 10_000; round++) {
            String s = randomText(random, 40);
            Cookies.parse(s);
            HttpDate.parse(s);
            HeaderParameters.parse(s);
            HeaderParameters.decodeExtValue(s);
            try {
                PercentCodec.decodePath(s);
                PercentCodec.decodeQueryComponent(s);
                FormUrlEncoded.parse(s);
                FormUrlEncoded.parse(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 5);
            } catch (HttpException e) {
                assertEquals(e.status() == 413 ? 413 : 400, e.status(), e.getMessage());
            }
            try {
                SetCookie.parse(s);
            } catch (IllegalArgumentException expected) {
                // the documented refusal
            }
        }
    }

    @Test
    void datesWithOneCharChangedAreNullOrAnInstant() {
        Random random = new Random(2);
        String[] dates = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
                "Sun Nov  6 08:49:37 1994"};
        for (int round = 0; round < 10_000; round++) {
            char[] chars = dates[round % 3].toCharArray();
            chars[random.nextInt(chars.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            HttpDate.parse(new String(chars));
        }
    }

    @Test
    void mutatedMultipartBodiesAnswerWithAPartListOrAnHttpException() throws IOException {
        byte[] valid = MultipartBodies.body(MultipartBodies.field("a", "1"),
                MultipartBodies.file("f", "x.txt", "text/plain", "line\r\n--not a boundary\r\n"),
                MultipartBodies.field("b", ""));
        MultipartParser parser = MultipartParser.builder().memoryThreshold(1024).maxHeaderSize(200).build();
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            byte[] body = mutate(valid, random);
            try {
                for (Part p : parser.parseAll(new ByteArrayInputStream(body), MultipartBodies.BOUNDARY)) {
                    p.close();
                }
            } catch (HttpException e) {
                assertEquals(400, e.status(), e.getMessage());
            }
        }
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] body = valid.clone();
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(body.length);
            switch (random.nextInt(3)) {
                case 0 -> body[at] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                case 1 -> body = java.util.Arrays.copyOf(body, at);
                default -> body[at] = (byte) random.nextInt(256);
            }
            if (body.length == 0) {
                break;
            }
        }
        return body;
    }
}
