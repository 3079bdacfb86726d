package dev.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributesTest {

    /** Each operation as text: "+name=value" puts, "-name" removes. */
    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of(new String[]{"+a=1", "+b=2"}, Map.of("a", "1", "b", "2")),
                Arguments.of(new String[]{"+a=1", "+a=2"}, Map.of("a", "2")),
                Arguments.of(new String[]{"+a=1", "+b=2", "+c=3", "-b"}, Map.of("a", "1", "c", "3")),
                Arguments.of(new String[]{"+a=1", "-a", "+a=3"}, Map.of("a", "3")),
                Arguments.of(new String[]{"-absent"}, Map.of()),
                Arguments.of(new String[]{"+1=1", "+2=2", "+3=3", "+4=4", "+5=5", "+6=6", "-1", "-6"},
                        Map.of("2", "2", "3", "3", "4", "4", "5", "5")));
    }

    @ParameterizedTest
    @MethodSource
    void operations(String[] operations, Map<String, String> expected) {
        Attributes attributes = new Attributes();
        Map<String, Object> model = new LinkedHashMap<>();
        for (String op : operations) {
            String[] parts = op.substring(1).split("=");
            // New strings each time, so names are found by equality and not only by identity.
            String name = new String(parts[0]);
            if (op.charAt(0) == '+') {
                attributes.put(name, parts[1]);
                model.put(name, parts[1]);
            } else {
                attributes.remove(name);
                model.remove(name);
            }
        }
        assertEquals(expected, attributes.asMap());
        assertEquals(model.keySet().stream().toList(), attributes.asMap().keySet().stream().toList(), "order set");
        expected.forEach((name, value) -> assertEquals(value, attributes.get(new String(name))));
        assertNull(attributes.get("never"));
    }

    @Test
    void theSnapshotIsReadOnlyAndNullNamesAreRefused() {
        Attributes attributes = new Attributes();
        attributes.put("a", 1);
        assertThrows(UnsupportedOperationException.class, () -> attributes.asMap().put("b", 2));
        assertThrows(NullPointerException.class, () -> attributes.put(null, 1));
    }
}
