package dev.cairn.server.internal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DateHeaderTest {

    @Test
    void lineIsAnImfFixdateField() {
        String text = new String(DateHeader.line(), StandardCharsets.ISO_8859_1);
        assertTrue(text.matches("Date: [A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\r\n"), text);
    }

    @Test
    void lineIsMadeOncePerSecondAndShared() {
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = System.currentTimeMillis() / 1000;
            byte[] a = DateHeader.line();
            byte[] b = DateHeader.line();
            if (System.currentTimeMillis() / 1000 == before) {
                assertSame(a, b, "one array for the whole second");
                return;
            }
        }
    }
}
