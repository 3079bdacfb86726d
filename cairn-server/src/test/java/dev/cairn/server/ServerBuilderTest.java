package dev.cairn.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.gateway.Response;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A misconfiguration stops start-up with a message that says how to fix it (DESIGN.md rule 6). */
class ServerBuilderTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("no application", b -> b.build(), NullPointerException.class, "call .application("),
                mistake("port too high", b -> b.port(70_000), IllegalArgumentException.class, "0 picks a free port"),
                mistake("negative port", b -> b.port(-1), IllegalArgumentException.class, "0-65535"),
                mistake("zero head timeout", b -> b.headTimeout(Duration.ZERO), IllegalArgumentException.class,
                        "headTimeout must be positive"),
                mistake("null idle timeout", b -> b.idleTimeout(null), NullPointerException.class, "Duration"),
                mistake("negative grace", b -> b.gracePeriod(Duration.ofSeconds(-1)), IllegalArgumentException.class,
                        "gracePeriod"),
                mistake("no connections", b -> b.maxConnections(0), IllegalArgumentException.class,
                        "maxConnections must be positive"),
                mistake("negative drain", b -> b.maxDrainBytes(-1), IllegalArgumentException.class, "maxDrainBytes"),
                mistake("server name with CRLF", b -> b.serverName("a\r\nb"), IllegalArgumentException.class,
                        "printable ASCII"),
                mistake("null application", b -> b.application(null), NullPointerException.class, "Application"),
                mistake("unresolvable host", b -> b.application(r -> null).host("no-such-host.invalid").build(),
                        IllegalArgumentException.class, "does not resolve"));
    }

    private static Arguments mistake(String what, Consumer<Server.Builder> step, Class<?> type, String hint) {
        return Arguments.of(what, step, type, hint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakeIsRefusedWithAHint(String what, Consumer<Server.Builder> step, Class<? extends Throwable> type,
            String hint) {
        Throwable thrown = assertThrows(type, () -> step.accept(Server.builder()));
        assertTrue(thrown.getMessage().contains(hint), what + ": " + thrown.getMessage());
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        var config = Server.builder().application(r -> Response.text(200, "")).build().config();
        assertEquals(8000, config.address().getPort());
        assertEquals("127.0.0.1", config.address().getHostString());
        assertEquals(Duration.ofSeconds(10), config.timeouts().head());
        assertEquals(Duration.ofSeconds(60), config.timeouts().idle());
        assertEquals(Duration.ofSeconds(30), config.timeouts().grace());
        assertEquals(10_000, config.maxConnections());
        assertEquals(64 * 1024, config.maxDrainBytes());
        assertEquals("Cairn", config.serverName());
        assertEquals(null, config.trustedProxies(), "no proxies trusted: forwarding headers are not even read");
    }

    @Test
    void portInUseIsReportedWithWhatToDo() {
        try (TestServer first = TestServer.start(r -> Response.text(200, ""))) {
            var taken = Server.builder().port(first.port()).application(r -> Response.text(200, "")).build();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, taken::start);
            assertTrue(e.getMessage().contains("choose another port"), e.getMessage());
        }
    }
}
