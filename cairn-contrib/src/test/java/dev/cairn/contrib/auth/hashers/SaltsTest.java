package dev.cairn.contrib.auth.hashers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Salts drawn from Django's alphabet, long enough for 128 bits, and Django's rule for stored ones. */
class SaltsTest {

    @Test
    void aNewSaltIs22CharactersOfTheAlphabetAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String salt = Salts.random();
            assertEquals(22, salt.length());
            assertTrue(salt.chars().allMatch(c -> Salts.ALPHABET.indexOf(c) >= 0), salt);
            assertTrue(seen.add(salt), "a repeated salt");
        }
    }

    @Test
    void everyCharacterOfTheAlphabetIsDrawn() {
        Set<Character> drawn = new HashSet<>();
        Salts.random(10_000).chars().forEach(c -> drawn.add((char) c));
        assertEquals(62, drawn.size());
    }

    static Stream<Arguments> stored() {
        return Stream.of(
                // Django's must_update_salt: len(salt) * log2(62) < 128, so 22 characters are needed.
                Arguments.of("abcdefghijkl", true),
                Arguments.of("abcdefghijklmnopqrstu", true),
                Arguments.of("abcdefghijklmnopqrstuv", false),
                Arguments.of("seasalt", true),
                Arguments.of("a".repeat(40), false));
    }

    @ParameterizedTest(name = "a stored salt of {0} is too short: {1}")
    @MethodSource
    void stored(String salt, boolean tooShort) {
        assertEquals(tooShort, Salts.tooShort(salt));
    }

    @Test
    void aMaskShowsSixCharacters() {
        assertEquals("abcdef****", Salts.mask("abcdefghij"));
        assertEquals("abc", Salts.mask("abc"));
    }
}
