package dev.cairn.web.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Serious findings stop the site; the others are logged at their level. */
class EnforceTest {

    /** A logger that keeps what it is told. */
    private static final class Recording implements Logger {
        final List<String> lines = new ArrayList<>();

        @Override
        public String getName() {
            return "cairn.checks";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            lines.add(level + " " + message);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + format);
        }

        @Override
        public void log(Level level, Supplier<String> message) {
            lines.add(level + " " + message.get());
        }
    }

    @Test
    void warningsAndInfosAreLoggedAtTheirLevel() {
        Recording log = new Recording();
        SystemChecks.enforce(List.of(CheckMessage.warning("a.W001", "Warned.", "Do this."),
                CheckMessage.info("b.I001", "Told.", null),
                new CheckMessage(CheckMessage.Level.DEBUG, "c.D001", "Detail.", null, null)), log);
        assertEquals(
                List.of("WARNING a.W001: Warned.\n\tHINT: Do this.", "INFO b.I001: Told.", "DEBUG c.D001: Detail."),
                log.lines);
    }

    @Test
    void anErrorStopsTheSiteAndNothingIsLogged() {
        Recording log = new Recording();
        SystemCheckError error = assertThrows(SystemCheckError.class, () -> SystemChecks.enforce(List.of(
                CheckMessage.warning("a.W001", "Warned.", null), CheckMessage.error("b.E001", "Broken.", null)), log));
        assertEquals("System check identified 1 error; the site refuses to start:\n\nb.E001: Broken.",
                error.getMessage());
        assertEquals(List.of(), log.lines);
    }

    @Test
    void nothingFoundIsQuiet() {
        Recording log = new Recording();
        SystemChecks.enforce(List.of(), log);
        assertEquals(List.of(), log.lines);
    }
}
