package dev.cairn.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RecentJourneysTest {

    @Test
    void keepsTheNewestUpToCapacityOldestFirst() {
        RecentJourneys recent = new RecentJourneys(2);
        assertNull(recent.last());
        recent.arrived(Journey.begin("a"));
        recent.arrived(Journey.begin("b"));
        recent.arrived(Journey.begin("c"));
        assertEquals(List.of("b", "c"), recent.all().stream().map(Journey::id).toList());
        assertEquals("c", recent.last().id());
        recent.clear();
        assertEquals(List.of(), recent.all());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void capacityMustBePositive(int capacity) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RecentJourneys(capacity));
        assertEquals("capacity must be positive, not " + capacity, e.getMessage());
    }
}
