package dev.cairn.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JourneyTest {

    @Test
    void currentIsNullWhenNothingIsRecording() {
        assertNull(Journey.current());
    }

    @Test
    void carryMakesTheJourneyCurrentOnlyInsideTheCall() {
        Journey journey = Journey.begin("1-1");
        Journey seen = journey.carry(Journey::current);
        assertSame(journey, seen);
        assertNull(Journey.current());
    }

    @Test
    void anotherThreadSeesNoJourneyWhileOneIsCarried() throws Exception {
        Journey journey = Journey.begin("1-3");
        Journey[] seenElsewhere = {journey};
        journey.carry(() -> {
            Thread other = Thread.ofVirtual().start(() -> seenElsewhere[0] = Journey.current());
            other.join();
            return null;
        });
        assertNull(seenElsewhere[0]);
    }

    @Test
    void nestedAndFailedCarriesLeaveNothingCurrent() {
        Journey outer = Journey.begin("1-4");
        Journey inner = Journey.begin("1-5");
        Journey[] seen = new Journey[2];
        outer.carry(() -> {
            inner.carry(() -> seen[0] = Journey.current());
            seen[1] = Journey.current();
            return null;
        });
        assertSame(inner, seen[0]);
        assertSame(outer, seen[1]);
        assertThrows(IllegalStateException.class, () -> outer.carry(() -> {
            throw new IllegalStateException("failed");
        }));
        assertNull(Journey.current());
    }

    @Test
    void carryReturnsWhatTheCallReturnsAndPropagatesItsException() {
        Journey journey = Journey.begin("1-2");
        assertEquals("done", journey.carry(() -> "done"));
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> journey.carry(() -> {
            throw new IllegalStateException("view broke");
        }));
        assertEquals("view broke", thrown.getMessage());
    }

    @Test
    void stopsKeepOrderLayerEventAndFactsInOrder() {
        Journey journey = Journey.begin("7-3");
        journey.record("server", "head received", "method", "GET", "target", "/a");
        journey.record("middleware", "in", "name", "security");
        List<Journey.Stop> stops = journey.stops();
        assertEquals(2, stops.size());
        assertEquals("server", stops.get(0).layer());
        assertEquals("head received", stops.get(0).event());
        assertEquals(List.of("method", "target"), List.copyOf(stops.get(0).facts().keySet()));
        assertEquals(Map.of("name", "security"), stops.get(1).facts());
        assertTrue(stops.get(1).nanos() >= stops.get(0).nanos());
        assertEquals(1, journey.stops("middleware").size());
        assertEquals("7-3", journey.id());
    }

    @Test
    void factsMustComeInPairs() {
        Journey journey = Journey.begin("x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> journey.record("server", "odd", "lonely"));
        assertTrue(e.getMessage().contains("pairs"), e.getMessage());
        assertTrue(journey.stops().isEmpty());
    }

    @Test
    void stopsAreImmutableSnapshots() {
        Journey journey = Journey.begin("x");
        journey.record("server", "a");
        List<Journey.Stop> before = journey.stops();
        journey.record("server", "b");
        assertEquals(1, before.size());
        assertThrows(UnsupportedOperationException.class, () -> before.add(null));
        assertThrows(UnsupportedOperationException.class, () -> journey.stops().get(0).facts().put("k", "v"));
    }

    @Test
    void stopsMayBeRecordedFromAnotherThreadOfTheRequest() throws Exception {
        Journey journey = Journey.begin("x");
        int threads = 8;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 1000; i++) {
                    journey.record("db", "query");
                }
                done.countDown();
            });
        }
        done.await();
        assertEquals(threads * 1000, journey.stops().size());
    }

    @Test
    void aJourneyIsNotInheritedByUnrelatedThreads() throws Exception {
        Journey journey = Journey.begin("x");
        AtomicReference<Journey> seen = new AtomicReference<>(journey);
        journey.carry(() -> {
            Thread t = Thread.ofVirtual().start(() -> seen.set(Journey.current()));
            t.join();
            return null;
        });
        assertNull(seen.get());
    }

    @Test
    void toStringShowsEveryStopALine() {
        Journey journey = Journey.begin("4-1");
        journey.record("server", "head received", "bytes", 78);
        String text = journey.toString();
        assertTrue(text.startsWith("journey 4-1 at "), text);
        assertTrue(text.contains("server head received {bytes=78}"), text);
    }
}
