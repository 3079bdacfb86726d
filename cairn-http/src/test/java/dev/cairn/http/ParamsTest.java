package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void firstFindsTheFirstValueAndAllFindsEveryValueInOrder() {
        Params p = Params.of("a", "1", "b", "2", "a", "3");
        assertEquals("1", p.first("a"));
        assertEquals(List.of("1", "3"), p.all("a"));
        assertEquals(List.of("2"), p.all("b"));
        assertNull(p.first("c"));
        assertEquals(List.of(), p.all("c"));
    }

    @Test
    void namesAreCaseSensitive() {
        Params p = Params.of("Name", "x");
        assertNull(p.first("name"));
        assertFalse(p.contains("NAME"));
        assertTrue(p.contains("Name"));
    }

    @Test
    void namesAreDistinctInOrderOfFirstAppearance() {
        Params p = Params.of("b", "1", "a", "2", "b", "3", "", "4");
        assertEquals(List.of("b", "a", ""), new ArrayList<>(p.names()));
        assertThrows(UnsupportedOperationException.class, () -> p.names().add("c"));
    }

    @Test
    void iterationYieldsEveryPairInOrder() {
        Params p = Params.of("a", "1", "b", "", "a", "3");
        List<Params.Param> seen = new ArrayList<>();
        p.forEach(seen::add);
        assertEquals(List.of(new Params.Param("a", "1"), new Params.Param("b", ""), new Params.Param("a", "3")),
                seen);
        assertEquals(3, p.size());
        assertEquals("b", p.name(1));
        assertEquals("3", p.value(2));
    }

    @Test
    void iteratorPastTheEndThrows() {
        Iterator<Params.Param> it = Params.empty().iterator();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void indexOutOfRangeThrows() {
        assertThrows(IndexOutOfBoundsException.class, () -> Params.of("a", "1").name(1));
        assertThrows(IndexOutOfBoundsException.class, () -> Params.empty().value(0));
    }

    @Test
    void emptyContainsNothing() {
        assertTrue(Params.empty().isEmpty());
        assertEquals(0, Params.of().size());
        assertEquals(Params.empty(), Params.builder().build());
    }

    @Test
    void valuesAreReturnedUnmodifiable() {
        Params p = Params.of("a", "1", "a", "2");
        assertThrows(UnsupportedOperationException.class, () -> p.all("a").add("3"));
    }

    @Test
    void builderSnapshotsAreIndependent() {
        Params.Builder b = Params.builder().add("a", "1");
        Params first = b.build();
        b.add("a", "2");
        assertEquals(List.of("1"), first.all("a"));
        assertEquals(List.of("1", "2"), b.build().all("a"));
        assertEquals(2, b.size());
    }

    @Test
    void builderGrowsPastItsInitialCapacity() {
        Params.Builder b = Params.builder();
        for (int i = 0; i < 100; i++) {
            b.add("k" + i, "v" + i);
        }
        Params p = b.build();
        assertEquals(100, p.size());
        assertEquals("v99", p.first("k99"));
    }

    @Test
    void equalityFollowsPairsAndOrder() {
        assertEquals(Params.of("a", "1", "b", "2"), Params.builder().add("a", "1").add("b", "2").build());
        assertEquals(Params.of("a", "1").hashCode(), Params.builder().add("a", "1").build().hashCode());
        assertNotEquals(Params.of("a", "1", "b", "2"), Params.of("b", "2", "a", "1"));
    }

    @Test
    void toStringShowsNamesButNeverValues() {
        String text = Params.of("user", "ann", "password", "s3cret").toString();
        assertEquals("Params[user, password]", text);
        assertFalse(text.contains("s3cret"));
    }

    @Test
    void oddAndNullArgumentsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Params.of("a"));
        assertEquals("Params.of takes names and values in pairs; got an odd count", e.getMessage());
        assertThrows(NullPointerException.class, () -> Params.of("a", null));
        assertThrows(NullPointerException.class, () -> Params.builder().add(null, "x"));
        assertThrows(NullPointerException.class, () -> new Params.Param("a", null));
    }
}
