package dev.cairn.web.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.web.RecordingLogger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Serious findings stop the site; the others are logged at their level. */
class EnforceTest {

    @Test
    void warningsAndInfosAreLoggedAtTheirLevel() {
        RecordingLogger log = new RecordingLogger("cairn.checks");
        SystemChecks.enforce(List.of(CheckMessage.warning("a.W001", "Warned.", "Do this."),
                CheckMessage.info("b.I001", "Told.", null),
                new CheckMessage(CheckMessage.Level.DEBUG, "c.D001", "Detail.", null, null)), log);
        assertEquals(
                List.of("WARNING a.W001: Warned.\n\tHINT: Do this.", "INFO b.I001: Told.", "DEBUG c.D001: Detail."),
                log.lines);
    }

    @Test
    void anErrorStopsTheSiteAndNothingIsLogged() {
        RecordingLogger log = new RecordingLogger("cairn.checks");
        SystemCheckError error = assertThrows(SystemCheckError.class, () -> SystemChecks.enforce(List.of(
                CheckMessage.warning("a.W001", "Warned.", null), CheckMessage.error("b.E001", "Broken.", null)), log));
        assertEquals("System check identified 1 error; the site refuses to start:\n\nb.E001: Broken.",
                error.getMessage());
        assertEquals(List.of(), log.lines);
    }

    @Test
    void nothingFoundIsQuiet() {
        RecordingLogger log = new RecordingLogger("cairn.checks");
        SystemChecks.enforce(List.of(), log);
        assertEquals(List.of(), log.lines);
    }
}
